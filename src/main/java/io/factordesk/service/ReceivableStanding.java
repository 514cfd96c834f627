package io.factordesk.service;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.eligibility.EligibilityResult;

/** A receivable with its eligibility as of a date. */
public record ReceivableStanding(Receivable receivable, EligibilityResult eligibility) {
}
