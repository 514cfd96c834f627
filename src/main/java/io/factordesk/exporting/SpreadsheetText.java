package io.factordesk.exporting;

/**
 * Text cells that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) get a leading apostrophe, so a crafted invoice field cannot run in the officer's Excel or WPS
 * (CSV/formula injection). Amounts are written as numbers and never pass through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
