package io.factordesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One supplier row in the suppliers list: identity plus its open receivables. */
public record SupplierSummary(long id, Uscc uscc, String nameZh, String nameEn, String region, String industry,
                              String status, LocalDate onboardedOn, long openReceivables,
                              BigDecimal openFaceAmount) {

    public String displayName(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
