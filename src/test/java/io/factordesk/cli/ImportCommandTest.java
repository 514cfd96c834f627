package io.factordesk.cli;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.importing.ReceivablesFiles;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.CacheFingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factordesk import} end to end over a demo cache in a temp folder. */
class ImportCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path data;
    @TempDir
    Path files;
    private static String supplier;
    private static String debtor;
    private final CliHarness cli = new CliHarness(data, CLOCK);

    @BeforeAll
    static void demoCache() {
        try (AppContext context = new AppContext(data, CLOCK)) {
            context.demoPortfolio().rebuild(new DemoSpec(6, 300, 11), ProgressListener.NONE);
            supplier = context.portfolio().suppliers().get(0).uscc().value();
            debtor = context.cache().dsl().select(PARTY.USCC).from(PARTY).join(DEBTOR).on(DEBTOR.PARTY_ID.eq(PARTY.ID))
                    .orderBy(PARTY.USCC).limit(1).fetchOne(PARTY.USCC);
        }
    }

    private String fingerprint() {
        try (AppContext context = new AppContext(data, CLOCK)) {
            return CacheFingerprint.of(context.cache().dsl());
        }
    }

    private long receivables() {
        try (AppContext context = new AppContext(data, CLOCK)) {
            return context.cache().dsl().fetchCount(RECEIVABLE);
        }
    }

    private List<String> row(String invoiceNo, String issued, String due, String amount, String debtorUscc) {
        return List.of("3399999999", invoiceNo, issued, due, amount, "", supplier, "新买方有限公司", debtorUscc, "");
    }

    private long before;

    @BeforeEach
    void count() {
        before = receivables();
    }

    @Test
    void aValidFileIsImportedWithAOneLineSummary() throws IOException {
        Path file = ReceivablesFiles.utf8(files.resolve("march.csv"), ReceivablesFiles.CHINESE_HEADER, List.of(
                row("10000001", "2026-03-01", "2026-06-29", "12,000.00", debtor),
                row("10000002", "2026/3/2", "2026/6/30", "¥8,800", debtor)));

        assertThat(cli.run("import", file.toString(), "--supplier", supplier)).as(cli.err.toString()).isZero();

        assertThat(cli.out.toString().strip())
                .isEqualTo("Imported 2 receivables, 0 parties created, 0 invalid rows skipped, file encoding UTF-8");
        assertThat(receivables()).isEqualTo(before + 2);
    }

    @Test
    void anInvalidFileExitsWithTwoListsEveryProblemAndWritesNothing() throws IOException {
        Path file = ReceivablesFiles.utf8(files.resolve("bad.csv"), ReceivablesFiles.CHINESE_HEADER, List.of(
                row("20000001", "2026-03-01", "2026-06-29", "100", debtor),
                row("20000002", "2026-02-30", "2026-06-29", "-3", debtor),
                row("20000003", "2026-03-01", "2026-06-29", "100", "91350100M000100Y44")));
        String before = fingerprint();

        assertThat(cli.run("import", file.toString())).isEqualTo(2);

        assertThat(cli.err.toString().lines().toList()).containsExactly(
                "row 3, column 开票日期: '2026-02-30' is not a date (use 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日,"
                        + " 20260301, or an Excel date)",
                "row 3, column 价税合计: '-3' is negative; the face amount must be positive",
                "row 4, column 买方统一社会信用代码: USCC '91350100M000100Y44': the check character (18th) does not match"
                        + " the first 17 characters",
                "Nothing imported: 3 problems in bad.csv");
        assertThat(cli.out.toString()).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);

        assertThat(cli.run("import", file.toString(), "--lang", "zh")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("第 3 行，“价税合计”列：“-3”为负数")
                .contains("未导入任何数据：bad.csv 中有 3 个问题");
    }

    @Test
    void oneProblemIsCountedInTheSingular() throws IOException {
        Path file = ReceivablesFiles.utf8(files.resolve("one.csv"), ReceivablesFiles.CHINESE_HEADER, List.of(
                row("30000001", "2026-03-01", "2026-06-29", "100", debtor),
                row("30000002", "2026-13-01", "2026-06-29", "100", debtor)));

        assertThat(cli.run("import", file.toString())).isEqualTo(2);

        assertThat(cli.err.toString().lines().toList()).last().isEqualTo("Nothing imported: 1 problem in one.csv");
    }

    @Test
    void unknownDebtorsNeedTheOfficersConfirmation() throws IOException {
        String newDebtor = io.factordesk.domain.Uscc.complete("91330100MA2B3C4D5").value();
        Path file = ReceivablesFiles.utf8(files.resolve("new.csv"), ReceivablesFiles.CHINESE_HEADER, List.of(
                row("30000001", "2026-03-01", "2026-06-29", "500", newDebtor)));

        assertThat(cli.run("import", file.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("row 2, column 买方统一社会信用代码: no debtor with USCC '" + newDebtor
                + "' in the cache (confirm creating it with --create-parties)");
        assertThat(receivables()).isEqualTo(before);

        assertThat(cli.run("import", file.toString(), "--create-parties")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Imported 1 receivables, 1 parties created");
    }

    @Test
    void validRowsOnlyImportsTheRestAndSaysHowManyWereSkipped() throws IOException {
        Path file = ReceivablesFiles.utf8(files.resolve("mixed.csv"), ReceivablesFiles.CHINESE_HEADER, List.of(
                row("40000001", "2026-03-01", "2026-06-29", "100", debtor),
                row("40000002", "2026-03-01", "2026-06-29", "0", debtor)));

        assertThat(cli.run("import", file.toString(), "--valid-rows-only")).as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains("Imported 1 receivables, 0 parties created, 1 invalid rows skipped");
        assertThat(receivables()).isEqualTo(before + 1);
    }

    @Test
    void badArgumentsExitWithTwo() throws IOException {
        assertThat(cli.run("import", files.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("no such file");
        Path file = ReceivablesFiles.utf8(files.resolve("r.csv"), ReceivablesFiles.CHINESE_HEADER, List.of());
        assertThat(cli.run("import", file.toString(), "--encoding", "Big5")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("unsupported encoding 'Big5'");
        assertThat(cli.run("import", file.toString(), "--supplier", "91350100M000100Y44")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--supplier").contains("check character");
        Path mapping = java.nio.file.Files.writeString(files.resolve("m.json"), "[\"not an object\"]");
        assertThat(cli.run("import", file.toString(), "--mapping", mapping.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("m.json is not a JSON object");
        Path unknownField = java.nio.file.Files.writeString(files.resolve("m.properties"), "单据号=invoiceSerial\n");
        assertThat(cli.run("import", file.toString(), "--mapping", unknownField.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("names no field: 'invoiceSerial'");
        assertThat(cli.run("import", file.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("file: the file has no receivables below the header row");
    }
}
