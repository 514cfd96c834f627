package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the officer sets for a financing: funding date, advance rate (share of face value paid now),
 * annual discount rate (ACT/360) and the handling fee.
 */
public record DealTerms(LocalDate fundingDate, BigDecimal advanceRate, BigDecimal annualRate, HandlingFee fee,
                        boolean recourse, boolean disclosed) {

    /** Rates are stored as NUMERIC(12,8). */
    public static final int RATE_SCALE = 8;

    public DealTerms {
        Objects.requireNonNull(fundingDate, "fundingDate");
        Objects.requireNonNull(advanceRate, "advanceRate");
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(fee, "fee");
        if (advanceRate.signum() <= 0 || advanceRate.compareTo(BigDecimal.ONE) > 0) {
            throw new DealRuleException("advanceRate", "must be above 0 and at most 1 (100%), got "
                    + advanceRate.toPlainString());
        }
        if (annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new DealRuleException("annualRate", "must be at least 0 and below 1 (100% a year), got "
                    + annualRate.toPlainString());
        }
        if (advanceRate.stripTrailingZeros().scale() > RATE_SCALE || annualRate.stripTrailingZeros().scale() > RATE_SCALE) {
            throw new DealRuleException("rate", "rates carry at most " + RATE_SCALE + " decimals");
        }
    }
}
