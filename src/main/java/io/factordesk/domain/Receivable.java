package io.factordesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice a supplier holds against a debtor, as the review desk sees it. */
public record Receivable(long id, long supplierId, String supplierName, String supplierNameEn, Uscc supplierUscc,
                         long debtorId, String debtorName, String debtorNameEn, Uscc debtorUscc, String invoiceCode, String invoiceNo,
                         LocalDate issueDate, LocalDate dueDate, BigDecimal faceAmount, String currency,
                         String contractRef, ReceivableStatus status, BigDecimal paidAmount, LocalDate paidOn,
                         boolean disputed, BigDecimal creditNoteAmount) {

    /** The supplier's name in the officer's language, falling back to the registered Chinese name. */
    public String supplierName(boolean english) {
        return english && supplierNameEn != null && !supplierNameEn.isBlank() ? supplierNameEn : supplierName;
    }

    public String debtorName(boolean english) {
        return english && debtorNameEn != null && !debtorNameEn.isBlank() ? debtorNameEn : debtorName;
    }

    /** Face value less payments and credit notes. */
    public BigDecimal outstanding() {
        return faceAmount.subtract(paidAmount).subtract(creditNoteAmount);
    }

    public long daysPastDue(LocalDate asOf) {
        if (status == ReceivableStatus.PAID || !asOf.isAfter(dueDate)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(dueDate, asOf);
    }
}
