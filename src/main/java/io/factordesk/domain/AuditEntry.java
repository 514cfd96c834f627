package io.factordesk.domain;

import java.time.LocalDateTime;

/** One line in the audit log: who did what to which record, when. */
public record AuditEntry(long id, LocalDateTime at, String officerLogin, String action, String entity,
                         Long entityId, String detail) {
}
