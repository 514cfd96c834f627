package io.factordesk.domain.eligibility;

/** One failed rule with the numbers that made it fail, e.g. "42 days past due (due 2026-01-15)". */
public record RuleFailure(EligibilityRule rule, String detail) {
}
