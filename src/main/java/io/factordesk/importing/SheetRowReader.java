package io.factordesk.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads the rows of one worksheet's XML as a stream, one {@code <row>} at a time, so a sheet of a
 * million rows never sits in memory. Cell types as Excel, WPS and LibreOffice write them: shared and
 * inline strings, numbers (a date format makes a date), booleans, formulas by their cached value.
 */
final class SheetRowReader {

    private static final java.math.MathContext EXCEL_PRECISION = new java.math.MathContext(15);

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private long lastRow;

    SheetRowReader(XMLStreamReader xml, SharedStrings strings, StylesTable styles) {
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
    }

    /** The next row of the sheet, or null after the last. */
    SheetRow next() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String number = xml.getAttributeValue(null, "r");
                lastRow = number == null ? lastRow + 1 : Long.parseLong(number);
                return row(lastRow);
            }
        }
        return null;
    }

    private SheetRow row(long number) throws XMLStreamException {
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                int column = column(xml.getAttributeValue(null, "r"), texts.size());
                while (texts.size() <= column) {
                    texts.add("");
                    dates.add(null);
                }
                cell(column, texts, dates);
            }
        }
        return new SheetRow(number, texts.toArray(String[]::new), dates.toArray(LocalDate[]::new));
    }

    private void cell(int column, List<String> texts, List<LocalDate> dates) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "t" -> inline.append(xml.getElementText());
                    case "f" -> xml.getElementText();
                    default -> { }
                }
            }
        }
        if (type == null || "n".equals(type)) {
            number(value, style, column, texts, dates);
        } else {
            texts.set(column, switch (type) {
                case "s" -> value == null ? "" : strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "inlineStr" -> inline.toString();
                case "b" -> "1".equals(value) ? "true" : "false";
                case "d" -> value == null ? "" : value.substring(0, Math.min(10, value.length()));
                case "e" -> "";
                default -> value == null ? "" : value;
            });
        }
    }

    private void number(String value, String style, int column, List<String> texts, List<LocalDate> dates) {
        if (value == null || value.isBlank()) {
            return;
        }
        double number = Double.parseDouble(value.strip());
        XSSFCellStyle cellStyle = styles == null || style == null ? null : styles.getStyleAt(Integer.parseInt(style));
        String format = cellStyle == null ? null : cellStyle.getDataFormatString();
        if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format)
                && DateUtil.isValidExcelDate(number)) {
            LocalDate date = DateUtil.getLocalDateTime(number).toLocalDate();
            dates.set(column, date);
            texts.set(column, date.toString());
            return;
        }
        // Excel shows 15 significant digits; beyond them lie binary artefacts (0.30000000000000004).
        texts.set(column, numberText(new BigDecimal(value.strip()).round(EXCEL_PRECISION), format));
    }

    /** Plain decimals (never 1.2E7); a number formatted with leading zeros ("00012345") keeps them. */
    static String numberText(BigDecimal value, String format) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (format != null && format.matches("0+") && plain.length() < format.length()) {
            return "0".repeat(format.length() - plain.length()) + plain;
        }
        return plain;
    }

    /** The zero-based column of a cell reference such as "AB12"; the position when there is none. */
    static int column(String reference, int position) {
        if (reference == null) {
            return position;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column == 0 ? position : column - 1;
    }

    /** One worksheet row: the cell texts, and the date where the cell holds one. */
    record SheetRow(long number, String[] texts, LocalDate[] dates) implements FileRow {

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
