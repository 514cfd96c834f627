package io.factordesk.exporting;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.review.ReviewRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** XLSX written row by row (POI's streaming workbook keeps 100 rows in memory); amounts are numbers. */
public final class XlsxReceivablesSheet implements ReceivablesSheet {

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final CellStyle amountStyle;
    private int nextRow;

    public XlsxReceivablesSheet(Path file, String sheetName) {
        this.file = file;
        this.sheet = workbook.createSheet(sheetName);
        this.amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    @Override
    public void header(List<String> titles) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
        }
    }

    @Override
    public void row(ReviewRow reviewRow, boolean english) {
        Receivable receivable = reviewRow.receivable();
        Row row = sheet.createRow(nextRow++);
        String[] cells = ReceivablesSheet.texts(reviewRow, english);
        for (int i = 0; i < cells.length; i++) {
            if (i == AMOUNT_COLUMN) {
                // A spreadsheet number is a double; 15 significant digits hold every NUMERIC(19,2) amount
                // below 10^13 CNY exactly to the fen, and the BigDecimal stays the value of record.
                var amount = row.createCell(i);
                amount.setCellValue(receivable.faceAmount().doubleValue());
                amount.setCellStyle(amountStyle);
            } else {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
