package io.factordesk.domain.review;

import java.time.LocalDateTime;

/** One step in a receivable's verification trail: who did what, when, with which document or reason. */
public record TrailEntry(LocalDateTime at, String officerLogin, String action, String detail) {
}
