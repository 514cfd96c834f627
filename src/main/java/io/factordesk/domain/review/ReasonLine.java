package io.factordesk.domain.review;

import io.factordesk.domain.eligibility.EligibilityRule;

/** One failed eligibility rule with the numbers that made it fail; rule is null when it cannot be told. */
public record ReasonLine(EligibilityRule rule, String detail) {
}
