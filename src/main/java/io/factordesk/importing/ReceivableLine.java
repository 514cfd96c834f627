package io.factordesk.importing;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One valid row of a receivables file: an invoice the supplier holds against a debtor. */
public record ReceivableLine(long row, String invoiceCode, String invoiceNo, LocalDate issueDate, LocalDate dueDate,
                             BigDecimal amount, Uscc supplierUscc, String supplierName, Uscc debtorUscc,
                             String debtorName, String contractNo) {
}
