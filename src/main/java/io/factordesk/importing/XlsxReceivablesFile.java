package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook (Excel, WPS or LibreOffice) read with POI, cell types respected:
 * date-formatted numbers become dates, other numbers plain decimals (never 1.2E7), formulas their
 * cached result, and a number formatted with leading zeros ("00012345") keeps them.
 */
final class XlsxReceivablesFile implements ReceivablesFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final XSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;

    private XlsxReceivablesFile(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        this.rows = sheet == null ? java.util.Collections.emptyIterator() : sheet.rowIterator();
        List<String> found = null;
        while (found == null && rows.hasNext()) {
            SheetRow candidate = SheetRow.of(rows.next());
            if (!candidate.isBlank()) {
                found = Arrays.asList(candidate.texts);
            }
        }
        if (found == null) {
            throw new ReceivablesFileException(ProblemKind.EMPTY_FILE, "", null);
        }
        this.header = List.copyOf(found);
    }

    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        }
    }

    static XlsxReceivablesFile open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, String.valueOf(e.getMessage()), e);
        }
        try {
            return new XlsxReceivablesFile(new XSSFWorkbook(pkg));
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            if (e instanceof ReceivablesFileException known) {
                throw known;
            }
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String encodingLabel() {
        return "XLSX";
    }

    @Override
    public Iterator<FileRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public FileRow next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                return SheetRow.of(rows.next());
            }
        };
    }

    @Override
    public void close() throws IOException {
        // Opened read-only: revert, never save, so the supplier's file is left exactly as it was.
        workbook.getPackage().revert();
    }

    private record SheetRow(long number, String[] texts, LocalDate[] dates) implements FileRow {

        static SheetRow of(Row row) {
            int width = Math.max(0, row.getLastCellNum());
            String[] texts = new String[width];
            LocalDate[] dates = new LocalDate[width];
            for (int i = 0; i < width; i++) {
                Cell cell = row.getCell(i);
                texts[i] = "";
                if (cell == null) {
                    continue;
                }
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                switch (type) {
                    case STRING -> texts[i] = cell.getStringCellValue();
                    case BOOLEAN -> texts[i] = String.valueOf(cell.getBooleanCellValue());
                    case NUMERIC -> {
                        if (DateUtil.isCellDateFormatted(cell)) {
                            dates[i] = cell.getLocalDateTimeCellValue().toLocalDate();
                            texts[i] = dates[i].toString();
                        } else {
                            texts[i] = numberText(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
                        }
                    }
                    default -> texts[i] = "";
                }
            }
            return new SheetRow(row.getRowNum() + 1L, texts, dates);
        }

        private static String numberText(double value, String format) {
            String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            if (format != null && format.matches("0+") && plain.length() < format.length()) {
                return "0".repeat(format.length() - plain.length()) + plain;
            }
            return plain;
        }

        @Override
        public int size() {
            return texts.length;
        }

        @Override
        public String text(int column) {
            return column < texts.length ? texts[column] : "";
        }

        @Override
        public LocalDate date(int column) {
            return column < dates.length ? dates[column] : null;
        }
    }

}
