package io.factordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factordesk.app.AppContext;
import io.factordesk.app.Main;
import io.factordesk.domain.AuditEntry;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.ScorecardModelLoader;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.demo.PlantedTrouble;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end over a real demo cache: one supplier, the whole portfolio, the planted trouble, bad input. */
class CheckCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final List<String> FIELDS = List.of("supplierUscc", "modelId", "modelVersion", "modelSha256",
            "score", "pd", "grade", "decision", "knockouts", "fraudSignals", "reasons", "scaling", "limit", "pricing");
    private static final String DECIMAL = "-?\\d+(\\.\\d+)?";

    @TempDir
    static Path folder;
    private static PlantedTrouble planted;
    private static List<SupplierSummary> suppliers;
    private static String modelSha256;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demoCache() throws Exception {
        try (AppContext context = new AppContext(folder, CLOCK)) {
            planted = context.demoPortfolio().rebuildAsOf(new DemoSpec(30, 3_000, 11), TODAY, ProgressListener.NONE)
                    .planted();
            suppliers = context.portfolio().suppliers();
        }
        try (InputStream model = CheckCommandTest.class.getResourceAsStream(ScorecardModelLoader.DEFAULT_MODEL_RESOURCE)) {
            modelSha256 = ScorecardModelLoader.sha256(model.readAllBytes());
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = FactorDeskCli.commandLine(p -> folder, f -> Main.workspace(new AppContext(f, CLOCK)), f -> {
            throw new AssertionError("no desktop in tests");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void oneSupplierAsJsonHasEveryFieldWithDecimalStringsAndIsStoredWithTheModelHashAndAudited() throws Exception {
        String uscc = suppliers.get(0).uscc().value();
        assertThat(run("check", uscc, "--json", "--as-of", TODAY.toString(), "--as", "demo.officer"))
                .as(err.toString()).isZero();
        JsonNode check = new ObjectMapper().readTree(out.toString());

        assertThat(iterable(check.fieldNames())).containsExactlyElementsOf(FIELDS);
        assertThat(check.get("supplierUscc").asText()).isEqualTo(uscc);
        assertThat(check.get("modelSha256").asText()).isEqualTo(modelSha256);
        assertThat(check.get("score").isInt()).isTrue();
        assertThat(check.get("decision").asText()).isIn("APPROVE", "REFER", "DECLINE");
        assertDecimalString(check.get("pd"));
        assertThat(iterable(check.get("scaling").fieldNames())).containsExactly("baseScore", "baseOdds", "pdo");
        assertThat(check.get("scaling").get("baseScore").asText()).isEqualTo("600");
        assertThat(iterable(check.get("limit").fieldNames())).containsExactly("recommended", "currency", "formula");
        assertDecimalString(check.get("limit").get("recommended"));
        assertThat(check.get("limit").get("currency").asText()).isEqualTo("CNY");
        assertThat(check.get("limit").get("formula").asText()).isNotBlank();
        JsonNode pricing = check.get("pricing");
        assertThat(iterable(pricing.fieldNames())).containsExactly("annualRate", "advanceRate", "components", "capital");
        assertDecimalString(pricing.get("annualRate"));
        assertDecimalString(pricing.get("advanceRate"));
        assertThat(iterable(pricing.get("components").fieldNames()))
                .containsExactly("fundingCost", "expectedLoss", "operatingCost", "capitalCharge", "margin");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode component : pricing.get("components")) {
            assertDecimalString(component);
            sum = sum.add(new BigDecimal(component.asText()));
        }
        assertThat(new BigDecimal(pricing.get("annualRate").asText())).isEqualByComparingTo(sum);
        assertThat(iterable(pricing.get("capital").fieldNames())).containsExactly("pd", "lgd", "maturityYears",
                "salesEurMillions", "correlation", "k", "rwa", "ead");
        pricing.get("capital").forEach(CheckCommandTest::assertDecimalString);
        for (JsonNode reason : check.get("reasons")) {
            assertThat(iterable(reason.fieldNames()))
                    .containsExactly("code", "characteristic", "points", "maxPoints", "text");
            assertThat(reason.get("points").asInt()).isLessThan(reason.get("maxPoints").asInt());
        }

        try (AppContext context = new AppContext(folder, CLOCK)) {
            List<StoredCreditCheck> history = context.creditChecks().history(Uscc.of(uscc));
            assertThat(history).isNotEmpty();
            StoredCreditCheck stored = history.get(0);
            assertThat(stored.modelSha256()).isEqualTo(modelSha256);
            assertThat(stored.modelVersion()).isEqualTo(check.get("modelVersion").asText());
            assertThat(stored.score()).isEqualTo(check.get("score").asInt());
            assertThat(stored.decision()).isEqualTo(check.get("decision").asText());
            assertThat(stored.officerId()).isNotNull();
            assertThat(new ObjectMapper().readTree(stored.resultJson()).get("asOf").asText()).isEqualTo(TODAY.toString());
            List<AuditEntry> audit = context.auditLog().forEntity("credit_check", stored.id());
            assertThat(audit).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("CREDIT_CHECK");
                assertThat(entry.officerLogin()).isEqualTo("demo.officer");
                assertThat(entry.detail()).contains(uscc).contains(modelSha256);
            });
        }
    }

    @Test
    void sameInputGivesTheSameJsonTwice() {
        String uscc = suppliers.get(1).uscc().value();
        assertThat(run("check", uscc, "--json", "--as-of", TODAY.toString())).as(err.toString()).isZero();
        String first = out.toString();
        assertThat(run("check", uscc, "--json", "--as-of", TODAY.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void wholePortfolioCoversEverySupplierAndFindsThePlantedTrouble() throws Exception {
        assertThat(run("check", "--all", "--json", "--as-of", TODAY.toString())).as(err.toString()).isZero();
        JsonNode all = new ObjectMapper().readTree(out.toString());
        Map<String, JsonNode> byUscc = new HashMap<>();
        all.forEach(check -> byUscc.put(check.get("supplierUscc").asText(), check));
        assertThat(all.size()).isEqualTo(suppliers.size());
        assertThat(byUscc.keySet()).containsExactlyInAnyOrderElementsOf(
                suppliers.stream().map(s -> s.uscc().value()).toList());
        all.forEach(check -> assertThat(iterable(check.fieldNames())).containsExactlyElementsOf(FIELDS));

        assertThat(planted.turnoverJumpSuppliers()).isNotEmpty();
        planted.turnoverJumpSuppliers().forEach(s ->
                assertThat(signals(byUscc.get(s.value()))).as(s.value()).contains("TURNOVER_JUMP"));

        assertThat(planted.duplicateInvoices()).isNotEmpty();
        planted.duplicateInvoices().forEach(d -> assertThat(signals(byUscc.get(d.secondSupplier().value())))
                .as("copier " + d.secondSupplier()).containsAnyOf("DUPLICATE_INVOICE", "DOUBLE_FINANCING"));
        assertThat(planted.repeatedInvoices()).isNotEmpty();
        planted.repeatedInvoices().forEach(r -> assertThat(signals(byUscc.get(r.secondSupplier().value())))
                .as("repeat " + r.secondSupplier()).containsAnyOf("DUPLICATE_INVOICE", "DOUBLE_FINANCING"));

        assertThat(planted.roundTrip()).isNotNull();
        Set<String> roundTripSignals = new HashSet<>(signals(byUscc.get(planted.roundTrip().partnerSupplier().value())));
        roundTripSignals.addAll(signals(byUscc.get(planted.roundTrip().supplierAlsoDebtor().value())));
        assertThat(roundTripSignals).contains("ROUND_TRIPPING");

        String slowPayer = planted.crossAgedDebtor().value();
        assertThat(StreamSupport.stream(all.spliterator(), false).flatMap(c -> StreamSupport.stream(
                c.get("knockouts").spliterator(), false)).filter(k -> k.get("rule").asText().equals("DEBTOR_IN_DEFAULT"))
                .map(k -> k.get("detail").asText())).as("the cross-aged debtor is in default").anyMatch(d -> d.contains(slowPayer));

        JsonNode related = byUscc.get(planted.relatedParties().relatedParty().value());
        assertThat(related).as("the supplier whose parent is its debtor").isNotNull();
        assertThat(knockOuts(related)).contains("RELATED_PARTY_CONCENTRATION");
        assertThat(related.get("decision").asText()).isEqualTo("DECLINE");
    }

    @Test
    void supplierOnTheImportedWatchListIsKnockedOutByItsNormalisedName() throws Exception {
        SupplierSummary listed = suppliers.get(suppliers.size() - 1);
        String variant = listed.nameZh().replace("有限公司", "有限责任公司").replace("(", "（").replace(")", "）");
        java.nio.file.Files.writeString(folder.resolve(io.factordesk.service.WatchListFile.FILE_NAME),
                "# name, USCC, note\n" + variant + ",,sanctions list 2026-05\n", java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertThat(run("check", listed.uscc().value(), "--json", "--as-of", TODAY.toString())).as(err.toString()).isZero();
            JsonNode check = new ObjectMapper().readTree(out.toString());
            assertThat(knockOuts(check)).contains("WATCHLIST_HIT");
            assertThat(check.get("decision").asText()).isEqualTo("DECLINE");
        } finally {
            java.nio.file.Files.delete(folder.resolve(io.factordesk.service.WatchListFile.FILE_NAME));
        }
    }

    @Test
    void unknownOrInvalidSupplierAndBadDateExitWithTwo() {
        String unknown = Uscc.complete("91110000MA0000000").value();
        assertThat(run("check", unknown)).isEqualTo(2);
        assertThat(err.toString()).contains("no supplier with USCC " + unknown);
        assertThat(run("check", "91350100M000100Y44", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("USCC");
        assertThat(run("check", suppliers.get(0).uscc().value(), "--as-of", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of");
        assertThat(run("check")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void textSummaryShowsTheDecisionLimitAndPriceBreakdown() {
        assertThat(run("check", suppliers.get(2).uscc().value(), "--as-of", TODAY.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("score").contains("grade").contains("PD").contains("Limit")
                .contains("funding").contains("capital").contains("margin");
    }

    private static List<String> signals(JsonNode check) {
        assertThat(check).isNotNull();
        return StreamSupport.stream(check.get("fraudSignals").spliterator(), false)
                .map(s -> s.get("signal").asText()).toList();
    }

    private static List<String> knockOuts(JsonNode check) {
        return StreamSupport.stream(check.get("knockouts").spliterator(), false).map(k -> k.get("rule").asText()).toList();
    }

    private static void assertDecimalString(JsonNode node) {
        assertThat(node.isTextual()).as(String.valueOf(node)).isTrue();
        assertThat(node.asText()).matches(DECIMAL);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
