package io.factordesk.domain.credit;

import java.time.LocalDateTime;

/**
 * An officer's decision against the model on one stored check: APPROVE or DECLINE, the written
 * justification, and who made it when (from the audit trail).
 */
public record CreditOverride(String decision, String justification, String officerLogin, LocalDateTime at) {
}
