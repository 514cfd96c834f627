package io.factordesk.domain.review;

/** Why the review desk refused an action; a stable code the desktop turns into a message. */
public enum ReviewRefusal {
    UNKNOWN_OFFICER,
    UNKNOWN_RECEIVABLE,
    REASON_REQUIRED,
    NOTE_REQUIRED,
    NOT_ALLOWED_IN_STATUS,
    ALREADY_DISPUTED,
    DISPUTED_CANNOT_BE_VERIFIED,
    CHANGED_BY_SOMEONE_ELSE
}
