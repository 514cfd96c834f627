package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A receivable as it enters a deal: what the arithmetic needs and what the schedule prints. */
public record FinancedReceivable(long receivableId, String invoiceCode, String invoiceNo, String debtorUscc,
                                 String debtorName, LocalDate issueDate, LocalDate dueDate, BigDecimal faceAmount,
                                 String contractRef) {
}
