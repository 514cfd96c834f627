package io.factordesk.exporting;

import io.factordesk.domain.Receivable;
import java.io.Closeable;
import java.io.IOException;

/** A file the filtered receivables are written to, one row each after a header row. */
public interface ReceivablesSheet extends Closeable {

    void header(java.util.List<String> titles) throws IOException;

    void row(Receivable receivable, boolean english) throws IOException;

    /** The text cells of a row, in the column order of {@link #COLUMNS}, already neutralised. */
    static String[] texts(Receivable r, boolean english) {
        return new String[] {
            SpreadsheetText.neutralised(r.invoiceCode()), SpreadsheetText.neutralised(r.invoiceNo()),
            SpreadsheetText.neutralised(r.supplierName(english)), r.supplierUscc().value(),
            SpreadsheetText.neutralised(r.debtorName(english)), r.debtorUscc().value(),
            r.issueDate().toString(), r.dueDate().toString(), null, r.currency(), r.status().name(),
            SpreadsheetText.neutralised(r.contractRef())
        };
    }

    /** Column keys; the face amount (index 8) is the one numeric column. */
    java.util.List<String> COLUMNS = java.util.List.of("invoiceCode", "invoiceNo", "supplier", "supplierUscc",
            "debtor", "debtorUscc", "issueDate", "dueDate", "faceAmount", "currency", "status", "contractRef");

    int AMOUNT_COLUMN = 8;
}
