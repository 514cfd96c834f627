package io.factordesk.domain;

/** An officer structures deals; an approver may also approve other officers' deals. */
public enum OfficerRole {
    OFFICER, APPROVER, ADMIN
}
