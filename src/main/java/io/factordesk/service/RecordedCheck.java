package io.factordesk.service;

import io.factordesk.scoring.CreditCheckResult;

/** A credit check as it was stored: the row's id (which an override names) and the result. */
public record RecordedCheck(long checkId, long supplierId, CreditCheckResult result) {
}
