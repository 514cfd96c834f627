package io.factordesk.importing;

/**
 * One data row of a receivables file. Cells are text as the officer sees them; spreadsheets add the
 * typed value where the cell has one, so a date cell needs no text parsing.
 */
public interface FileRow {

    /** The row number as the file shows it: the header is row 1. */
    long number();

    int size();

    /** The cell text, "" when the row is shorter. */
    String text(int column);

    /** The cell as a date when the spreadsheet stores a date there, else null. */
    default java.time.LocalDate date(int column) {
        return null;
    }

    /** Every cell blank: spreadsheets leave such rows below the data. */
    default boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            if (!text(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
