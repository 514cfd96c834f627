package io.factordesk.cache;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A receivable about to be written in bulk (the database assigns the id). */
public record ReceivableRow(long supplierId, long debtorId, String invoiceCode, String invoiceNo,
                            LocalDate issueDate, LocalDate dueDate, BigDecimal faceAmount, String currency,
                            String contractRef, ReceivableStatus status, BigDecimal paidAmount, LocalDate paidOn,
                            boolean disputed, String disputeReason, BigDecimal creditNoteAmount,
                            String creditNoteRef, Long verifiedBy, LocalDateTime verifiedAt,
                            String verificationDocument, LocalDateTime createdAt) {
}
