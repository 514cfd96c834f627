package io.factordesk.domain.eligibility;

/** The stable names of the eligibility rules; results, JSON and reports use them as identifiers. */
public enum EligibilityRule {
    PAST_DUE,
    TOO_OLD,
    TENOR_TOO_LONG,
    DISPUTED,
    DILUTED,
    DEBTOR_NOT_APPROVED,
    DEBTOR_OVER_LIMIT,
    CROSS_AGING,
    CONCENTRATION,
    REGULATORY_CONCENTRATION,
    DUPLICATE_INVOICE,
    DOUBLE_FINANCING,
    FUTURE_DATED,
    DUE_BEFORE_ISSUE,
    RELATED_PARTY,
    NOT_OPEN
}
