package io.factordesk.domain.review;

/** The document an officer checked a receivable against when verifying it. */
public enum VerificationDocument {
    INVOICE_ORIGINAL,
    DELIVERY_NOTE,
    DEBTOR_CONFIRMATION,
    TAX_PORTAL_CHECK
}
