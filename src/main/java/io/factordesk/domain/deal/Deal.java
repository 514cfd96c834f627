package io.factordesk.domain.deal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A financing deal as stored: identity, who did what, its state and its priced lines. */
public record Deal(long id, String dealNo, long supplierId, String supplierUscc, String supplierName,
                   DealStatus status, PricedDeal priced, String registryNo, LocalDate registryDate,
                   long makerId, Long submitterId, Long approverId, LocalDateTime approvedAt, int version) {

    /** The amount approval authority is measured against: the total advance. */
    public java.math.BigDecimal financingAmount() {
        return priced.totals().advance();
    }

    /** Civil Code art. 768: an unregistered assignment ranks behind registered ones. */
    public boolean missingRegistration() {
        return registryNo == null || registryNo.isBlank();
    }
}
