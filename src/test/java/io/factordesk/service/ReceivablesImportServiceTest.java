package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.AUDIT_LOG;
import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.IMPORT_MAPPING;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.CacheStatistics;
import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.domain.importing.ImportReport.Outcome;
import io.factordesk.domain.importing.ProblemKind;
import io.factordesk.importing.ReceivablesFiles;
import io.factordesk.testing.CacheFingerprint;
import io.factordesk.testing.CacheFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports real files into a real H2 cache: every encoding and XLSX, all or nothing, parties, mappings. */
class ReceivablesImportServiceTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private ReceivablesImportService imports;
    private CacheFixture fixture;
    private Uscc supplier;
    private Uscc debtor;

    @BeforeEach
    void cache() {
        cache = CacheDatabase.openIn(folder.resolve("data"));
        fixture = new CacheFixture(cache.dsl());
        supplier = fixture.newUscc();
        fixture.supplier(supplier, "苏州华鑫精密机械有限公司");
        fixture.debtor("核心企业集团有限公司", true, true, null);
        debtor = Uscc.of(cache.dsl().select(PARTY.USCC).from(PARTY).join(DEBTOR).on(DEBTOR.PARTY_ID.eq(PARTY.ID))
                .fetchOne(PARTY.USCC));
        imports = new ReceivablesImportService(new Transactions(cache, CLOCK), new ImportRepository(cache.dsl()), CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private List<String> row(String invoiceNo, String issued, String due, String amount) {
        return List.of("3200261130", invoiceNo, issued, due, amount, "苏州华鑫精密机械有限公司", supplier.value(),
                "核心企业集团有限公司", debtor.value(), "HT-2026-001");
    }

    private List<List<String>> goodRows() {
        return List.of(row("00000001", "2026-03-01", "2026/6/29", "¥12,345.60"),
                row("00000002", "2026年3月2日", "20260630", "￥８８００"),
                row("00000003", "2026.3.3", "2026-07-01", "1,000,000"));
    }

    private ImportReport run(Path file, String encoding, boolean validRowsOnly, boolean createParties)
            throws IOException {
        return imports.importFile(new ImportRequest(file, encoding, null, null, validRowsOnly, createParties,
                "li.officer"), ProgressListener.NONE);
    }

    private long receivables() {
        return cache.dsl().fetchCount(RECEIVABLE);
    }

    @Test
    void utf8WithoutBomImportsEveryRowWithItsValues() throws IOException {
        Path file = ReceivablesFiles.utf8(folder.resolve("r.csv"), ReceivablesFiles.CHINESE_HEADER, goodRows());

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.rowsImported()).isEqualTo(3);
        assertThat(report.encoding()).isEqualTo("UTF-8");
        var first = cache.dsl().selectFrom(RECEIVABLE).where(RECEIVABLE.INVOICE_NO.eq("00000001")).fetchSingle();
        assertThat(first.getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(first.getFaceAmount()).isEqualByComparingTo("12345.60");
        assertThat(first.getStatus()).isEqualTo("OPEN");
        assertThat(first.getContractRef()).isEqualTo("HT-2026-001");
        assertThat(cache.dsl().select(RECEIVABLE.FACE_AMOUNT).from(RECEIVABLE).orderBy(RECEIVABLE.INVOICE_NO)
                .fetch(RECEIVABLE.FACE_AMOUNT)).extracting(BigDecimal::toPlainString)
                .containsExactly("12345.60", "8800.00", "1000000.00");
        assertThat(cache.dsl().selectFrom(AUDIT_LOG).fetchSingle().getAction()).isEqualTo("RECEIVABLES_IMPORTED");
    }

    @Test
    void utf8WithBomIsRecognisedAndTheBomIsNotPartOfTheFirstHeader() throws IOException {
        Path file = ReceivablesFiles.csv(folder.resolve("bom.csv"), StandardCharsets.UTF_8, true,
                ReceivablesFiles.CHINESE_HEADER, goodRows());

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(receivables()).isEqualTo(3);
    }

    @Test
    void gbkIsDetectedAndChineseNamesSurvive() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Uscc newDebtor = fixture.newUscc();
        rows.add(List.of("3200261130", "00000009", "2026-03-01", "2026-06-01", "5000", "苏州华鑫精密机械有限公司",
                supplier.value(), "杭州滨江电子元器件贸易有限公司", newDebtor.value(), "合同甲-7"));
        // GBK has the full-width yuan sign only.
        goodRows().forEach(r -> rows.add(r.stream().map(cell -> cell.replace('¥', '￥')).toList()));
        Path file = ReceivablesFiles.csv(folder.resolve("gbk.csv"), Charset.forName("GBK"), false,
                ReceivablesFiles.CHINESE_HEADER, rows);

        ImportReport report = run(file, "auto", false, true);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("GB18030");
        assertThat(report.partiesCreated()).isEqualTo(1);
        assertThat(cache.dsl().select(PARTY.NAME_ZH).from(PARTY).where(PARTY.USCC.eq(newDebtor.value()))
                .fetchOne(PARTY.NAME_ZH)).isEqualTo("杭州滨江电子元器件贸易有限公司");
        assertThat(cache.dsl().select(RECEIVABLE.CONTRACT_REF).from(RECEIVABLE)
                .where(RECEIVABLE.INVOICE_NO.eq("00000009")).fetchOne(RECEIVABLE.CONTRACT_REF)).isEqualTo("合同甲-7");
    }

    @Test
    void aShortGbkFileIsDetectedToo() throws IOException {
        Path file = ReceivablesFiles.csv(folder.resolve("short.csv"), Charset.forName("GBK"), false,
                ReceivablesFiles.CHINESE_HEADER, List.of(row("00000001", "2026年3月1日", "2026-06-01", "100")));

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("GB18030");
    }

    @Test
    void gbkReadAsUtf8IsRefusedAsTheWrongEncodingNotGarbled() throws IOException {
        Path file = ReceivablesFiles.csv(folder.resolve("gbk.csv"), Charset.forName("GBK"), false,
                ReceivablesFiles.CHINESE_HEADER, List.of(row("00000001", "2026-03-01", "2026-06-01", "100")));

        ImportReport report = run(file, "UTF-8", false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems()).extracting(ImportProblem::kind).containsExactly(ProblemKind.WRONG_ENCODING);
        assertThat(receivables()).isZero();
    }

    @Test
    void xlsxCellTypesAreReadProperly() throws IOException {
        List<String> header = List.of("Invoice No.", "Invoice Code", "Issue Date", "Due Date", "Amount",
                "Debtor USCC", "Supplier USCC");
        Path file = ReceivablesFiles.xlsx(folder.resolve("r.xlsx"), header, List.of(
                List.of(12L, "3200261130", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 29), 12345.6,
                        debtor.value(), supplier.value()),
                List.of(13L, "3200261130", "2026/3/2", "46203", 99.99, debtor.value(), supplier.value())));

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("XLSX");
        var rows = cache.dsl().selectFrom(RECEIVABLE).orderBy(RECEIVABLE.INVOICE_NO).fetch();
        assertThat(rows).extracting(r -> r.getInvoiceNo()).containsExactly("00000012", "00000013");
        assertThat(rows.get(0).getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rows.get(0).getFaceAmount()).isEqualByComparingTo("12345.60");
        assertThat(rows.get(1).getDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aStreamedWorkbookWithInlineStringsAndFloatingPointArtefactsImports() throws IOException {
        Path file = folder.resolve("streamed.xlsx");
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int i = 0; i < ReceivablesFiles.CHINESE_HEADER.size(); i++) {
                header.createCell(i).setCellValue(ReceivablesFiles.CHINESE_HEADER.get(i));
            }
            for (int r = 1; r <= 3; r++) {
                List<String> cells = row(String.format("%08d", r), "2026-03-01", "2026-06-29", "0");
                var row = sheet.createRow(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (i == 4) {
                        row.createCell(i).setCellValue(0.1 + 0.2 * r);
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            workbook.write(out);
        }

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(cache.dsl().select(RECEIVABLE.FACE_AMOUNT).from(RECEIVABLE).orderBy(RECEIVABLE.INVOICE_NO)
                .fetch(RECEIVABLE.FACE_AMOUNT)).extracting(BigDecimal::toPlainString)
                .containsExactly("0.30", "0.50", "0.70");
    }

    @Test
    void anXlsxWrittenByLibreOfficeImports() throws Exception {
        assumeThat(onPath("soffice")).as("LibreOffice (soffice) on this machine").isTrue();
        Path csv = ReceivablesFiles.utf8(folder.resolve("lo.csv"), ReceivablesFiles.CHINESE_HEADER, goodRows());
        // CSV filter options: comma, double quote, UTF-8 (76), from row 1; LibreOffice types the cells itself
        // (invoice codes and amounts become numbers, dates become date cells), as a supplier's file would be.
        Process convert = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", folder.toString(),
                csv.toString()).redirectErrorStream(true).start();
        convert.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(convert.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path xlsx = folder.resolve("lo.xlsx");
        assertThat(xlsx).exists();

        ImportReport report = run(xlsx, "auto", false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.encoding()).isEqualTo("XLSX");
        assertThat(receivables()).isEqualTo(3);
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndNamesEveryProblem() throws IOException {
        fixture.receivable(fixture.supplier(fixture.newUscc(), "另一供应商"), fixture.debtor("另一买方", false, true, null),
                "1.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        Map<String, Long> countsBefore = new CacheStatistics(cache.dsl()).rowCounts();
        String fingerprintBefore = CacheFingerprint.of(cache.dsl());
        List<List<String>> rows = new ArrayList<>(goodRows());
        rows.add(row("00000004", "2026-02-30", "2026-07-01", "-5.00"));
        rows.add(List.of("3200261130", "00000005", "2026-03-01", "2026-07-01", "12.345", "", supplier.value(), "",
                "91350100M000100Y44", ""));
        rows.add(goodRows().get(0));
        Path file = ReceivablesFiles.utf8(folder.resolve("bad.csv"), ReceivablesFiles.CHINESE_HEADER, rows);

        ImportReport report = run(file, "auto", false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value,
                ImportProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "开票日期", "2026-02-30", ProblemKind.INVALID_DATE),
                org.assertj.core.groups.Tuple.tuple(5L, "价税合计", "-5.00", ProblemKind.NEGATIVE_AMOUNT),
                org.assertj.core.groups.Tuple.tuple(6L, "价税合计", "12.345", ProblemKind.TOO_MANY_DECIMALS),
                org.assertj.core.groups.Tuple.tuple(6L, "买方统一社会信用代码", "91350100M000100Y44",
                        ProblemKind.USCC_CHECK_CHARACTER),
                org.assertj.core.groups.Tuple.tuple(7L, "发票号码", "00000001", ProblemKind.DUPLICATE_ROW));
        assertThat(report.problems().get(4).detail()).isEqualTo("2");
        assertThat(new CacheStatistics(cache.dsl()).rowCounts()).isEqualTo(countsBefore);
        assertThat(CacheFingerprint.of(cache.dsl())).isEqualTo(fingerprintBefore);
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndRecordsTheSkippedCount() throws IOException {
        List<List<String>> rows = new ArrayList<>(goodRows());
        rows.add(row("00000004", "2026-03-01", "2026-07-01", "abc"));
        Path file = ReceivablesFiles.utf8(folder.resolve("mixed.csv"), ReceivablesFiles.CHINESE_HEADER, rows);

        ImportReport report = run(file, "auto", true, false);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.rowsImported()).isEqualTo(3);
        assertThat(report.rowsSkipped()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::kind).containsExactly(ProblemKind.NOT_AN_AMOUNT);
        assertThat(receivables()).isEqualTo(3);
        var audit = cache.dsl().selectFrom(AUDIT_LOG).fetchSingle();
        assertThat(audit.getOfficerLogin()).isEqualTo("li.officer");
        assertThat(audit.getDetail()).contains("validRowsOnly=true").contains("skippedRows=1").contains("mixed.csv");
    }

    @Test
    void unknownPartiesAreProblemsUntilTheOfficerConfirmsTheirCreation() throws IOException {
        Uscc newSupplier = fixture.newUscc();
        Uscc newDebtor = fixture.newUscc();
        List<List<String>> rows = List.of(List.of("3200261130", "00000001", "2026-03-01", "2026-06-01", "100",
                "新供应商有限公司", newSupplier.value(), "新买方有限公司", newDebtor.value(), ""));
        Path file = ReceivablesFiles.utf8(folder.resolve("new.csv"), ReceivablesFiles.CHINESE_HEADER, rows);
        long partiesBefore = cache.dsl().fetchCount(PARTY);

        ImportReport refused = run(file, "auto", false, false);

        assertThat(refused.problems()).extracting(ImportProblem::kind, ImportProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemKind.UNKNOWN_SUPPLIER, newSupplier.value()),
                org.assertj.core.groups.Tuple.tuple(ProblemKind.UNKNOWN_DEBTOR, newDebtor.value()));
        assertThat(cache.dsl().fetchCount(PARTY)).isEqualTo(partiesBefore);

        ImportReport created = run(file, "auto", false, true);

        assertThat(created.partiesCreated()).isEqualTo(2);
        assertThat(cache.dsl().fetchCount(PARTY)).isEqualTo(partiesBefore + 2);
        assertThat(cache.dsl().fetchCount(SUPPLIER.join(PARTY).on(PARTY.ID.eq(SUPPLIER.PARTY_ID)),
                PARTY.USCC.eq(newSupplier.value()).and(SUPPLIER.STATUS.eq("PROSPECT")))).isOne();
        assertThat(cache.dsl().fetchCount(DEBTOR.join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID)),
                PARTY.USCC.eq(newDebtor.value()).and(DEBTOR.APPROVED.isFalse()))).isOne();
    }

    @Test
    void aDuplicateOfAReceivableAlreadyCachedIsNotAnImportError() throws IOException {
        Path file = ReceivablesFiles.utf8(folder.resolve("r.csv"), ReceivablesFiles.CHINESE_HEADER, goodRows());
        run(file, "auto", false, false);

        ImportReport again = run(file, "auto", false, false);

        assertThat(again.problems()).isEmpty();
        assertThat(receivables()).isEqualTo(6);
    }

    @Test
    void aMappingFileMapsTheirHeadersAndIsRememberedForTheSupplier() throws IOException {
        List<String> theirs = List.of("单据号", "票据代码", "开具日", "应付日", "含税总额", "客户税号");
        List<List<String>> rows = List.of(List.of("00000001", "3200261130", "2026-03-01", "2026-06-01", "100.00",
                debtor.value()));
        Path mapping = folder.resolve("mapping.json");
        Files.writeString(mapping, "{\"单据号\": \"invoiceNo\", \"票据代码\": \"invoice_code\", \"开具日\": \"issueDate\","
                + " \"应付日\": \"DUE_DATE\", \"含税总额\": \"amount\", \"客户税号\": \"debtorUscc\"}");
        Path file = ReceivablesFiles.utf8(folder.resolve("theirs.csv"), theirs, rows);

        ImportReport withoutMapping = imports.importFile(new ImportRequest(file, "auto", supplier, null, false, false,
                "li.officer"), ProgressListener.NONE);
        assertThat(withoutMapping.problems()).extracting(ImportProblem::kind).containsOnly(ProblemKind.MISSING_COLUMN);

        ImportReport mapped = imports.importFile(new ImportRequest(file, "auto", supplier, mapping, false, false,
                "li.officer"), ProgressListener.NONE);
        assertThat(mapped.problems()).isEmpty();
        assertThat(cache.dsl().fetchCount(IMPORT_MAPPING)).isEqualTo(6);

        Path nextMonth = ReceivablesFiles.utf8(folder.resolve("next.csv"), theirs, List.of(List.of("00000002",
                "3200261130", "2026-04-01", "2026-07-01", "200.00", debtor.value())));
        ImportReport remembered = imports.importFile(new ImportRequest(nextMonth, "auto", supplier, null, false,
                false, "li.officer"), ProgressListener.NONE);
        assertThat(remembered.problems()).isEmpty();
        assertThat(receivables()).isEqualTo(2);
    }

    @Test
    void aPropertiesMappingWorksToo() throws IOException {
        Path mapping = folder.resolve("mapping.properties");
        Files.writeString(mapping, "单据号=invoiceNo\n到期=dueDate\n", StandardCharsets.UTF_8);
        List<String> header = List.of("单据号", "发票代码", "开票日期", "到期", "金额", "买方统一社会信用代码");
        Path file = ReceivablesFiles.utf8(folder.resolve("p.csv"), header, List.of(List.of("00000001", "3200261130",
                "2026-03-01", "2026-06-01", "100.00", debtor.value())));

        ImportReport report = imports.importFile(new ImportRequest(file, "auto", supplier, mapping, false, false,
                "li.officer"), ProgressListener.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(receivables()).isOne();
    }

    @Test
    void aRowForAnotherSupplierThanTheOneNamedIsAProblem() throws IOException {
        Uscc other = fixture.newUscc();
        fixture.supplier(other, "另一供应商");
        Path file = ReceivablesFiles.utf8(folder.resolve("r.csv"), ReceivablesFiles.CHINESE_HEADER, goodRows());

        ImportReport report = imports.importFile(new ImportRequest(file, "auto", other, null, false, false,
                "li.officer"), ProgressListener.NONE);

        assertThat(report.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SUPPLIER_MISMATCH);
            assertThat(p.detail()).isEqualTo(other.value());
        });
    }

    @Test
    void cancellingWritesNothingAndProgressIsReported() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            rows.add(row(String.format("%08d", i), "2026-03-01", "2026-06-01", "100"));
        }
        Path file = ReceivablesFiles.utf8(folder.resolve("big.csv"), ReceivablesFiles.CHINESE_HEADER, rows);
        List<long[]> reported = new ArrayList<>();
        ProgressListener cancelAfterFirstReport = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                assertThat(stage).isEqualTo(ReceivablesImportService.STAGE_READING);
                reported.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !reported.isEmpty();
            }
        };

        ImportReport report = imports.importFile(new ImportRequest(file, "auto", null, null, false, false,
                "li.officer"), cancelAfterFirstReport);

        assertThat(report.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)[1]).as("bytes in the file").isEqualTo(Files.size(file));
        assertThat(reported.get(0)[0]).isPositive().isLessThanOrEqualTo(Files.size(file));
        assertThat(receivables()).isZero();
    }
}
