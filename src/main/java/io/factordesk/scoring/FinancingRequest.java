package io.factordesk.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** What the supplier asks for: an amount, a tenor and an advance rate (fraction, e.g. 0.85). */
public record FinancingRequest(BigDecimal requestedAmount, int tenorDays, BigDecimal advanceRate) {

    public FinancingRequest {
        Objects.requireNonNull(requestedAmount, "requestedAmount");
        Objects.requireNonNull(advanceRate, "advanceRate");
        if (requestedAmount.signum() < 0 || tenorDays < 1) {
            throw new IllegalArgumentException("requested amount must not be negative and tenor at least one day");
        }
        if (advanceRate.signum() <= 0 || advanceRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("advance rate must be within (0, 1]: " + advanceRate);
        }
    }
}
