package io.factordesk.domain.eligibility;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of a receivable the eligibility rules read. */
public record ReceivableFacts(long id, long supplierId, long debtorId, String invoiceCode, String invoiceNo,
                             LocalDate issueDate, LocalDate dueDate, BigDecimal faceAmount, BigDecimal paidAmount,
                             BigDecimal creditNoteAmount, ReceivableStatus status, boolean disputed) {

    /** Face less payments and credit notes: what the debtor still owes. */
    public BigDecimal outstanding() {
        return faceAmount.subtract(paidAmount).subtract(creditNoteAmount);
    }

    public boolean unpaid() {
        return status != ReceivableStatus.PAID && outstanding().signum() > 0;
    }

    public String invoiceKey() {
        return invoiceCode + '/' + invoiceNo;
    }
}
