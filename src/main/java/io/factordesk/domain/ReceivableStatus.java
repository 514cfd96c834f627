package io.factordesk.domain;

/** Where a receivable stands in the officer's review and in financing. */
public enum ReceivableStatus {
    OPEN, VERIFIED, HELD, REJECTED, FINANCED, PAID
}
