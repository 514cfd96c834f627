package io.factordesk.domain.credit;

/** A supplier's newest stored check, as the portfolio's score distribution counts it. */
public record LatestCheck(long supplierId, int score, String grade, String decision, String overrideDecision) {
}
