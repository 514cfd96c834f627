package io.factordesk.domain.deal;

import java.math.BigDecimal;

/** The terms proposed by default and the bounds an officer may not leave when editing them. */
public record DealPolicy(BigDecimal defaultAdvanceRate, BigDecimal defaultAnnualRate, BigDecimal maxAdvanceRate,
                         BigDecimal minAnnualRate, BigDecimal maxAnnualRate) {

    public DealPolicy {
        if (defaultAdvanceRate.compareTo(maxAdvanceRate) > 0) {
            throw new IllegalArgumentException("default advance rate is above the maximum");
        }
        if (defaultAnnualRate.compareTo(minAnnualRate) < 0 || defaultAnnualRate.compareTo(maxAnnualRate) > 0) {
            throw new IllegalArgumentException("default annual rate is outside its bounds");
        }
    }

    public void requireWithin(DealTerms terms) {
        if (terms.advanceRate().compareTo(maxAdvanceRate) > 0) {
            throw new DealRuleException("advanceRate", "deal.rule.advanceAbovePolicy", "advance rate "
                    + terms.advanceRate().toPlainString() + " is above the policy maximum "
                    + maxAdvanceRate.toPlainString(), terms.advanceRate().toPlainString(), maxAdvanceRate.toPlainString());
        }
        if (terms.annualRate().compareTo(minAnnualRate) < 0 || terms.annualRate().compareTo(maxAnnualRate) > 0) {
            throw new DealRuleException("annualRate", "deal.rule.rateOutsidePolicy", "annual rate "
                    + terms.annualRate().toPlainString() + " is outside the policy range " + minAnnualRate.toPlainString()
                    + " to " + maxAnnualRate.toPlainString(), terms.annualRate().toPlainString(),
                    minAnnualRate.toPlainString(), maxAnnualRate.toPlainString());
        }
    }
}
