package io.factordesk.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice before its life so far (payment, dispute, verification) is decided. */
record InvoiceDraft(SupplierProfile supplier, DebtorProfile debtor, String invoiceCode, String invoiceNo,
                    LocalDate issueDate, long faceFen, String contractRef) {

    LocalDate dueDate() {
        return issueDate.plusDays(debtor.paymentTermsDays());
    }

    BigDecimal faceAmount() {
        return BigDecimal.valueOf(faceFen, 2);
    }
}
