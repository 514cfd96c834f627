package io.factordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factordesk.app.AppContext;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end over a real demo cache: create, submit, approve; the rules refuse with exit 2. */
class DealCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path folder;
    private static String supplierUscc;
    private static java.util.List<Long> eligibleOfSupplier;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demoCache() {
        try (AppContext context = new AppContext(folder, CLOCK)) {
            context.demoPortfolio().rebuild(new DemoSpec(12, 1_500, 7), ProgressListener.NONE);
            Map<Long, EligibilityResult> results = context.eligibility().evaluate(TODAY, id -> true);
            long eligibleReceivable = results.values().stream().filter(EligibilityResult::eligible)
                    .mapToLong(EligibilityResult::receivableId).min().orElseThrow();
            SupplierSummary supplier = context.portfolio().suppliers().stream()
                    .filter(s -> ownsReceivable(context, s, eligibleReceivable)).findFirst().orElseThrow();
            supplierUscc = supplier.uscc().value();
            eligibleOfSupplier = context.portfolio().receivables(io.factordesk.domain.ReceivableQuery.firstPage(10_000)
                    .forSupplier(supplier.id())).rows().stream().map(r -> r.id())
                    .filter(rid -> results.get(rid).eligible()).sorted().toList();
            assertThat(eligibleOfSupplier).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static boolean ownsReceivable(AppContext context, SupplierSummary supplier, long receivableId) {
        return context.portfolio().receivables(io.factordesk.domain.ReceivableQuery.firstPage(10_000)
                .forSupplier(supplier.id())).rows().stream().anyMatch(r -> r.id() == receivableId);
    }

    private int run(String... args) {
        CommandLine cli = FactorDeskCli.commandLine(p -> folder, f -> {
            AppContext context = new AppContext(f, CLOCK);
            return io.factordesk.app.Main.workspace(context);
        }, f -> {
            throw new AssertionError("no desktop in tests");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void createSubmitApproveWithFourEyes() throws Exception {
        assertThat(run("deal", "create", "--supplier", supplierUscc, "--funding-date", "2026-06-01",
                "--receivables", eligibleOfSupplier.get(0).toString(),
                "--advance-rate", "0.8", "--rate", "0.065", "--json")).as(err.toString()).isZero();
        JsonNode deal = new ObjectMapper().readTree(out.toString());
        assertThat(deal.get("supplierUscc").asText()).isEqualTo(supplierUscc);
        assertThat(deal.get("advanceRate").asText()).isEqualTo("0.8");
        assertThat(deal.get("lines").size()).isPositive();
        JsonNode line = deal.get("lines").get(0);
        BigDecimal advance = new BigDecimal(line.get("advance").asText());
        BigDecimal interest = new BigDecimal(line.get("discountInterest").asText());
        BigDecimal expected = advance.multiply(new BigDecimal("0.065")).multiply(new BigDecimal(line.get("days").asText()))
                .divide(new BigDecimal(360), 2, java.math.RoundingMode.HALF_UP);
        assertThat(interest).isEqualByComparingTo(expected);
        assertThat(deal.get("totals").get("advance").asText()).matches("\\d+\\.\\d{2}");
        String id = deal.get("id").asText();

        assertThat(run("deal", "submit", id, "--as", "demo.officer")).isZero();
        err.getBuffer().setLength(0);
        assertThat(run("deal", "approve", id, "--as", "demo.officer")).isEqualTo(2);
        assertThat(err.toString()).contains("may not approve");
        out.getBuffer().setLength(0);
        assertThat(run("deal", "approve", id, "--as", "demo.approver", "--json")).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void contractOfAnApprovedDealIsArchivedWithItsHashAndRegeneratesIdentically() throws Exception {
        assertThat(run("deal", "create", "--supplier", supplierUscc, "--funding-date", "2026-06-01",
                "--receivables", eligibleOfSupplier.get(1).toString(), "--json")).as(err.toString()).isZero();
        String id = new ObjectMapper().readTree(out.toString()).get("id").asText();
        Path pdf = folder.resolve("contract-zh.pdf");
        err.getBuffer().setLength(0);
        assertThat(run("contract", id, "--lang", "zh", "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("contracts are generated only for approved deals");
        assertThat(run("deal", "submit", id, "--as", "demo.officer")).isZero();
        assertThat(run("deal", "approve", id, "--as", "demo.approver")).isZero();
        err.getBuffer().setLength(0);
        assertThat(run("deal", "register", id, "--registry-no", "x", "--registry-date", "2026-05-30",
                "--as", "demo.officer")).isEqualTo(2);
        assertThat(err.toString()).contains("registryNo");
        assertThat(run("deal", "register", id, "--registry-no", "0412-2026-000778", "--registry-date", "2026-06-02",
                "--as", "demo.officer")).isEqualTo(2);
        assertThat(run("deal", "register", id, "--registry-no", "0412-2026-000778", "--registry-date", "2026-05-30",
                "--as", "demo.officer")).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("contract", id, "--lang", "zh", "--out", pdf.toString())).as(err.toString()).isZero();
        byte[] first = java.nio.file.Files.readAllBytes(pdf);
        assertThat(new String(first, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(first));
        assertThat(out.toString()).contains("SHA-256 " + sha);
        assertThat(run("contract", id, "--lang", "zh", "--out", pdf.toString())).isZero();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).isEqualTo(first);
        out.getBuffer().setLength(0);
        assertThat(run("deal", "show", id, "--json")).isZero();
        JsonNode shown = new ObjectMapper().readTree(out.toString());
        assertThat(shown.get("status").asText()).isEqualTo("CONTRACTED");
        assertThat(shown.get("registryNo").asText()).isEqualTo("0412-2026-000778");
        assertThat(shown.get("registrationMissing").asBoolean()).isFalse();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(first)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("0412-2026-000778").doesNotContain("尚未登记");
        }
        try (AppContext context = new AppContext(folder, CLOCK)) {
            var dsl = context.cache().dsl();
            assertThat(dsl.fetchCount(io.factordesk.cache.jooq.Tables.CONTRACT,
                    io.factordesk.cache.jooq.Tables.CONTRACT.SHA256.eq(sha))).isEqualTo(2);
            assertThat(dsl.fetchCount(io.factordesk.cache.jooq.Tables.AUDIT_LOG,
                    io.factordesk.cache.jooq.Tables.AUDIT_LOG.DETAIL.contains("sha256=" + sha))).isEqualTo(2);
        }
        assertThat(run("contract", id, "--lang", "fr", "--out", pdf.toString())).isEqualTo(2);
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(run("deal", "create", "--supplier", "91350100M000100Y44")).isEqualTo(2);
        assertThat(err.toString()).contains("--supplier").contains("check character");
        err.getBuffer().setLength(0);
        assertThat(run("deal", "create", "--supplier", supplierUscc, "--receivables", "12,x")).isEqualTo(2);
        assertThat(err.toString()).contains("'x' is not a receivable id");
        err.getBuffer().setLength(0);
        assertThat(run("deal", "create", "--supplier", supplierUscc, "--advance-rate", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("advanceRate");
        err.getBuffer().setLength(0);
        assertThat(run("deal", "approve", "999999", "--as", "demo.approver")).isEqualTo(2);
        assertThat(err.toString()).contains("no deal with id 999999");
        assertThat(run("deal")).isEqualTo(2);
    }
}
