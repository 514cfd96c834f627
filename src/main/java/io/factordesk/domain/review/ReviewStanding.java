package io.factordesk.domain.review;

import io.factordesk.domain.ReceivableStatus;

/** What the review desk needs to know about a receivable before acting on it. */
public record ReviewStanding(long receivableId, ReceivableStatus status, boolean disputed, int version) {
}
