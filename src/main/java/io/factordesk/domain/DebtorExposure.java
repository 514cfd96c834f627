package io.factordesk.domain;

import java.math.BigDecimal;

/** One debtor's unpaid balance and its share of the whole unpaid book (0..1, scale 6). */
public record DebtorExposure(long debtorId, String nameZh, String nameEn, long count, BigDecimal outstanding,
                             BigDecimal share) {

    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
