package io.factordesk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes receivables files the way suppliers send them, for tests. */
public final class ReceivablesFiles {

    public static final List<String> CHINESE_HEADER = List.of("发票代码", "发票号码", "开票日期", "到期日", "价税合计",
            "卖方名称", "卖方统一社会信用代码", "买方名称", "买方统一社会信用代码", "合同号");

    private ReceivablesFiles() {
    }

    /** A CSV file: header and rows joined with commas (cells with commas are quoted), CRLF line ends. */
    public static Path csv(Path file, Charset charset, boolean bom, List<String> header, List<List<String>> rows)
            throws IOException {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            // Strict: a character the charset cannot hold fails the test instead of becoming '?'.
            var bytes = charset.newEncoder().encode(java.nio.CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.arrayOffset(), bytes.remaining());
        }
        return file;
    }

    public static Path utf8(Path file, List<String> header, List<List<String>> rows) throws IOException {
        return csv(file, StandardCharsets.UTF_8, false, header, rows);
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(i == 0 ? "" : ",").append(cell.contains(",") || cell.contains("\"")
                    ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append("\r\n");
    }

    /**
     * An XLSX file as Excel writes it: invoice numbers as numbers formatted 00000000, dates as date cells,
     * amounts as numbers; other cells text. Rows hold String, LocalDate, Double or Long cells.
     */
    public static Path xlsx(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("应收账款");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle eightDigits = workbook.createCellStyle();
            eightDigits.setDataFormat(workbook.createDataFormat().getFormat("00000000"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object value = cells.get(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Long number) {
                        cell.setCellValue(number);
                        cell.setCellStyle(eightDigits);
                    } else if (value instanceof Double amount) {
                        cell.setCellValue(amount);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
