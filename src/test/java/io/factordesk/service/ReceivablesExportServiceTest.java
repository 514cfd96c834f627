package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.exporting.ReceivablesSheet;
import io.factordesk.testing.CacheFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivablesExportServiceTest {

    private static final List<String> HEADERS = List.of("发票代码", "发票号码", "卖方", "卖方统一社会信用代码", "买方",
            "买方统一社会信用代码", "开票日期", "到期日", "金额", "币种", "状态", "合同号", "合格", "未通过规则");

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private ReceivablesExportService export;
    private ReviewDeskRepository desk;
    private long supplier;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder.resolve("data"));
        CacheFixture fixture = new CacheFixture(cache.dsl());
        supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        long debtor = fixture.debtor("华夏重型装备集团股份有限公司", true, true, null);
        long crafted = fixture.receivable(supplier, debtor, "1234567.89", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 1));
        cache.dsl().update(RECEIVABLE).set(RECEIVABLE.CONTRACT_REF, "=HYPERLINK(\"http://x\")")
                .where(RECEIVABLE.ID.eq(crafted)).execute();
        for (int i = 0; i < 11; i++) {
            fixture.receivable(supplier, debtor, i % 3 == 0 ? "100.00" : "2" + i + ".00", LocalDate.of(2026, 5, 2),
                    LocalDate.of(2026, 8, 2));
        }
        desk = new ReviewDeskRepository(cache.dsl());
        export = new ReceivablesExportService(desk);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void csvHasABomEveryFilteredRowAndNoLiveFormula() throws Exception {
        Path file = folder.resolve("receivables.csv");
        long written = export.export(ReviewFilter.none().withSupplier(supplier), ReviewSort.ID, false, file,
                ReceivablesExportService.Format.CSV, HEADERS, false, ProgressListener.NONE);
        assertThat(written).isEqualTo(12);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("发票代码,发票号码,卖方");
        assertThat(lines.get(1)).contains("1234567.89").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(lines.get(1)).endsWith(",,");
    }

    @Test
    void keysetPagesFollowTheViewsOrderAcrossPagesWithTiedAmounts() throws Exception {
        Path file = folder.resolve("sorted.csv");
        ReceivablesExportService smallPages = new ReceivablesExportService(desk, 5);
        long written = smallPages.export(ReviewFilter.none(), ReviewSort.FACE_AMOUNT, true, file,
                ReceivablesExportService.Format.CSV, HEADERS, false, ProgressListener.NONE);

        List<String> invoiceNumbers = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",")[1]).toList();
        List<String> expected = desk.page(new ReviewPageRequest(ReviewFilter.none(), ReviewSort.FACE_AMOUNT, true, 0,
                100)).rows().stream().map(r -> r.receivable().invoiceNo()).toList();
        assertThat(written).isEqualTo(12);
        assertThat(invoiceNumbers).hasSize(12).isEqualTo(expected);
    }

    @Test
    void xlsxKeepsAmountsAsNumbersAndTextAsText() throws Exception {
        Path file = folder.resolve("receivables.xlsx");
        export.export(ReviewFilter.none(), ReviewSort.ID, false, file, ReceivablesExportService.Format.XLSX, HEADERS, true,
                ProgressListener.NONE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            var first = sheet.getRow(1);
            var amount = first.getCell(ReceivablesSheet.AMOUNT_COLUMN);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234567.89);
            var contract = first.getCell(11);
            assertThat(contract.getCellType()).isEqualTo(CellType.STRING);
            assertThat(contract.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("苏州华鑫精密机械有限公司 Ltd");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path file = folder.resolve("cancelled.xlsx");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> export.export(ReviewFilter.none(), ReviewSort.ID, false, file,
                ReceivablesExportService.Format.XLSX, HEADERS, false, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
        assertThat(folder.toFile().list((dir, name) -> name.endsWith(".part"))).isEmpty();
    }
}
