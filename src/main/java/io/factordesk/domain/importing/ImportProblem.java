package io.factordesk.domain.importing;

/**
 * One thing wrong with the file, where the officer can find it: the row as the spreadsheet numbers it
 * (the header is row 1; 0 for the file as a whole), the column's header, the value found and why.
 *
 * @param detail a second message argument (the other row, the expected supplier, a length limit...)
 */
public record ImportProblem(long row, String column, String value, ProblemKind kind, String detail) {

    public ImportProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        detail = detail == null ? "" : detail;
    }

    public static ImportProblem ofFile(ProblemKind kind, String detail) {
        return new ImportProblem(0, "", "", kind, detail);
    }

    public boolean concernsWholeFile() {
        return row == 0;
    }
}
