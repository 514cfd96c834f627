package io.factordesk.cli;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factordesk.app.AppContext;
import io.factordesk.cache.jooq.tables.Receivable;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factordesk receivables} end to end over a demo cache with its planted duplicates. */
class ReceivablesCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path data;
    private static String supplier;
    private static Set<Long> sameInvoiceTwice;
    private static Set<Long> sameDebtorAmountDateAcrossSuppliers;
    private final CliHarness cli = new CliHarness(data, CLOCK);

    @BeforeAll
    static void demoCache() {
        try (AppContext context = new AppContext(data, CLOCK)) {
            context.demoPortfolio().rebuild(new DemoSpec(12, 1_500, 7), ProgressListener.NONE);
            supplier = context.portfolio().suppliers().get(0).uscc().value();
            Receivable a = RECEIVABLE.as("a");
            Receivable b = RECEIVABLE.as("b");
            var dsl = context.cache().dsl();
            sameInvoiceTwice = new HashSet<>(dsl.selectDistinct(a.ID).from(a).join(b)
                    .on(a.INVOICE_CODE.eq(b.INVOICE_CODE).and(a.INVOICE_NO.eq(b.INVOICE_NO)).and(a.ID.ne(b.ID)))
                    .fetch(a.ID));
            sameDebtorAmountDateAcrossSuppliers = new HashSet<>(dsl.selectDistinct(a.ID).from(a).join(b)
                    .on(a.DEBTOR_ID.eq(b.DEBTOR_ID).and(a.FACE_AMOUNT.eq(b.FACE_AMOUNT))
                            .and(a.ISSUE_DATE.eq(b.ISSUE_DATE)).and(a.SUPPLIER_ID.ne(b.SUPPLIER_ID)))
                    .fetch(a.ID));
        }
    }

    private JsonNode json(String... args) throws Exception {
        assertThat(cli.run(args)).as(cli.err.toString()).isZero();
        return new ObjectMapper().readTree(cli.out.toString());
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Set<String> rules(JsonNode receivable) {
        Set<String> rules = new HashSet<>();
        receivable.get("reasons").forEach(reason -> rules.add(reason.get("rule").asText()));
        return rules;
    }

    @Test
    void jsonListsEveryReceivableWithItsEligibilityAndReasons() throws Exception {
        List<JsonNode> all = elements(json("receivables", "--json"));

        assertThat(all).hasSize(1_500);
        JsonNode first = all.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "invoiceCode", "invoiceNo", "issueDate",
                "dueDate", "supplierUscc", "debtorUscc", "faceAmount", "status", "eligible", "reasons");
        assertThat(first.get("faceAmount").isTextual()).isTrue();
        assertThat(first.get("faceAmount").asText()).matches("\\d+\\.\\d{2}");
        assertThat(all).allSatisfy(r -> assertThat(r.get("eligible").asBoolean()).isEqualTo(r.get("reasons").isEmpty()));
        assertThat(all).filteredOn(r -> !r.get("reasons").isEmpty()).allSatisfy(r ->
                r.get("reasons").forEach(reason -> assertThat(reason.get("detail").asText()).isNotBlank()));
    }

    @Test
    void plantedDuplicatesShowTheirRules() throws Exception {
        assertThat(sameInvoiceTwice).as("the demo plants duplicate invoices").isNotEmpty();
        assertThat(sameDebtorAmountDateAcrossSuppliers).as("the demo plants double financing").isNotEmpty();

        List<JsonNode> all = elements(json("receivables", "--json", "--as-of", "2026-06-01"));

        assertThat(all).filteredOn(r -> sameInvoiceTwice.contains(r.get("id").asLong()))
                .hasSize(sameInvoiceTwice.size())
                .allSatisfy(r -> assertThat(rules(r)).contains("DUPLICATE_INVOICE"));
        assertThat(all).filteredOn(r -> sameDebtorAmountDateAcrossSuppliers.contains(r.get("id").asLong()))
                .allSatisfy(r -> assertThat(rules(r)).contains("DOUBLE_FINANCING"));
        assertThat(all).filteredOn(r -> rules(r).contains("DUPLICATE_INVOICE"))
                .allSatisfy(r -> assertThat(sameInvoiceTwice).contains(r.get("id").asLong()));
    }

    @Test
    void filtersBySupplierStatusAndIneligibility() throws Exception {
        List<JsonNode> ineligible = elements(json("receivables", "--json", "--ineligible"));
        assertThat(ineligible).isNotEmpty().hasSizeLessThan(1_500)
                .allSatisfy(r -> assertThat(r.get("eligible").asBoolean()).isFalse());

        List<JsonNode> financed = elements(json("receivables", "--json", "--status", "financed"));
        assertThat(financed).isNotEmpty().allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("FINANCED"));

        List<JsonNode> ofOneSupplier = elements(json("receivables", "--json", "--supplier", supplier));
        assertThat(ofOneSupplier).isNotEmpty().hasSizeLessThan(1_500)
                .allSatisfy(r -> assertThat(r.get("supplierUscc").asText()).isEqualTo(supplier));
    }

    @Test
    void textModeIsATable() {
        assertThat(cli.run("receivables", "--supplier", supplier, "--ineligible")).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(0)).contains("ID").contains("ELIGIBLE").contains("REASONS");
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ receivables");
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(line -> assertThat(line).contains(supplier));
    }

    @Test
    void invalidFiltersExitWithTwoAndTheReason() {
        assertThat(cli.run("receivables", "--status", "LOST")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--status: 'LOST' is not a status");
        assertThat(cli.run("receivables", "--as-of", "2026-02-30")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--as-of: '2026-02-30' is not a date");
        String unknown = io.factordesk.domain.Uscc.complete("91110000MA0000000").value();
        assertThat(cli.run("receivables", "--supplier", unknown)).isEqualTo(2);
        assertThat(cli.err.toString()).contains("no supplier with USCC " + unknown);
        assertThat(cli.run("receivables", "--supplier", "123")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("18 characters");
    }
}
