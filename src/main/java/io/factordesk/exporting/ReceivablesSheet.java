package io.factordesk.exporting;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ScanMark;
import java.io.Closeable;
import java.io.IOException;
import java.util.stream.Collectors;

/** A file the filtered receivables are written to, one row each after a header row. */
public interface ReceivablesSheet extends Closeable {

    void header(java.util.List<String> titles) throws IOException;

    void row(ReviewRow row, boolean english) throws IOException;

    /**
     * The text cells of a row, in the column order of {@link #COLUMNS}, already neutralised. Eligibility is
     * Y or N from the latest scan (empty while not scanned); failed rules are their stable identifiers.
     */
    static String[] texts(ReviewRow row, boolean english) {
        Receivable r = row.receivable();
        ScanMark mark = row.mark();
        return new String[] {
            SpreadsheetText.neutralised(r.invoiceCode()), SpreadsheetText.neutralised(r.invoiceNo()),
            SpreadsheetText.neutralised(r.supplierName(english)), r.supplierUscc().value(),
            SpreadsheetText.neutralised(r.debtorName(english)), r.debtorUscc().value(),
            r.issueDate().toString(), r.dueDate().toString(), null, r.currency(), r.status().name(),
            SpreadsheetText.neutralised(r.contractRef()),
            mark == null ? "" : mark.eligible() ? "Y" : "N",
            mark == null ? "" : mark.failedRules().stream().map(Enum::name).collect(Collectors.joining(","))
        };
    }

    /** Column keys; the face amount (index 8) is the one numeric column. */
    java.util.List<String> COLUMNS = java.util.List.of("invoiceCode", "invoiceNo", "supplier", "supplierUscc",
            "debtor", "debtorUscc", "issueDate", "dueDate", "faceAmount", "currency", "status", "contractRef",
            "eligible", "failedRules");

    int AMOUNT_COLUMN = 8;
}
