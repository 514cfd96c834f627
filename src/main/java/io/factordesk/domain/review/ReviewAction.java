package io.factordesk.domain.review;

/** What an officer did to a receivable on the review desk; the audit log names it RECEIVABLE_<action>. */
public enum ReviewAction {
    VERIFIED,
    HELD,
    REJECTED,
    DISPUTED,
    NOTED;

    public String auditAction() {
        return "RECEIVABLE_" + name();
    }
}
