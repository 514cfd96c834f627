package io.factordesk.domain.review;

/** Which receivables the review desk shows by their latest eligibility scan. */
public enum EligibilityFilter {
    ALL,
    ELIGIBLE,
    INELIGIBLE,
    /** Without a result from the latest scan: imported since, or never scanned. */
    NOT_SCANNED
}
