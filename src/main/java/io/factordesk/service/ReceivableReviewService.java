package io.factordesk.service;

import io.factordesk.cache.CacheTransaction;
import io.factordesk.cache.ReviewRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.AuditEntry;
import io.factordesk.domain.Officer;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewAction;
import io.factordesk.domain.review.ReviewRefusal;
import io.factordesk.domain.review.ReviewRefusedException;
import io.factordesk.domain.review.ReviewRules;
import io.factordesk.domain.review.ReviewStanding;
import io.factordesk.domain.review.TrailEntry;
import io.factordesk.domain.review.VerificationDocument;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The officer's actions on the review desk, single or bulk. A bulk action is one transaction: when one
 * receivable is refused nothing is written. Each receivable changed gets one audit entry.
 */
public final class ReceivableReviewService {

    static final String ENTITY = "receivable";
    private static final int REASON_WIDTH = 500;
    private static final int NOTE_WIDTH = 2000;

    private final Transactions transactions;
    private final Clock clock;

    public ReceivableReviewService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public void verify(List<Long> receivableIds, VerificationDocument document, String officerLogin) {
        Objects.requireNonNull(document, "document");
        act(receivableIds, officerLogin, ReviewAction.VERIFIED, "document=" + document.name(),
                (review, seen, officer, at) -> review.verify(seen, officer.id(), document, at));
    }

    public void hold(List<Long> receivableIds, String officerLogin, String reason) {
        String given = required(reason, REASON_WIDTH, ReviewRefusal.REASON_REQUIRED, "a reason is required to hold");
        act(receivableIds, officerLogin, ReviewAction.HELD, "reason=" + given,
                (review, seen, officer, at) -> review.changeStatus(seen, ReceivableStatus.HELD));
    }

    public void reject(List<Long> receivableIds, String officerLogin, String reason) {
        String given = required(reason, REASON_WIDTH, ReviewRefusal.REASON_REQUIRED, "a reason is required to reject");
        act(receivableIds, officerLogin, ReviewAction.REJECTED, "reason=" + given,
                (review, seen, officer, at) -> review.changeStatus(seen, ReceivableStatus.REJECTED));
    }

    public void markDisputed(List<Long> receivableIds, String officerLogin, String reason) {
        String given = required(reason, REASON_WIDTH, ReviewRefusal.REASON_REQUIRED,
                "a reason is required to mark a receivable disputed");
        act(receivableIds, officerLogin, ReviewAction.DISPUTED, "reason=" + given,
                (review, seen, officer, at) -> review.markDisputed(seen, given));
    }

    /** @return the id of the note */
    public long addNote(long receivableId, String officerLogin, String text) {
        return addNote(List.of(receivableId), officerLogin, text).get(0);
    }

    /**
     * The same note on every chosen receivable, in one transaction: one refused receivable writes nothing.
     *
     * @return the ids of the notes, in the order of the receivables
     */
    public List<Long> addNote(List<Long> receivableIds, String officerLogin, String text) {
        String note = required(text, NOTE_WIDTH, ReviewRefusal.NOTE_REQUIRED, "a note needs some text");
        List<Long> ids = List.copyOf(new LinkedHashSet<>(receivableIds));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no receivables chosen");
        }
        return transactions.inTransaction(tx -> {
            Officer officer = officer(tx, officerLogin);
            LocalDateTime at = LocalDateTime.now(clock);
            List<Long> noteIds = new java.util.ArrayList<>(ids.size());
            for (long id : ids) {
                ReviewRules.check(ReviewAction.NOTED, standing(tx, id));
                long noteId = tx.review().addNote(id, officer.login(), note, at);
                tx.auditLog().append(officer.login(), ReviewAction.NOTED.auditAction(), ENTITY, id, "note=" + noteId);
                noteIds.add(noteId);
            }
            return noteIds;
        });
    }

    /** The verification trail of one receivable, oldest first: every audited action, notes with their text. */
    public List<TrailEntry> history(long receivableId) {
        return transactions.inTransaction(tx -> {
            Map<Long, String> notes = tx.review().notes(receivableId);
            return tx.auditLog().forEntity(ENTITY, receivableId).stream()
                    .map(entry -> new TrailEntry(entry.at(), entry.officerLogin(), entry.action(),
                            detail(entry, notes)))
                    .toList();
        });
    }

    private static String detail(AuditEntry entry, Map<Long, String> notes) {
        String detail = entry.detail();
        if (ReviewAction.NOTED.auditAction().equals(entry.action()) && detail != null && detail.startsWith("note=")) {
            return notes.getOrDefault(Long.parseLong(detail.substring("note=".length())), detail);
        }
        return detail;
    }

    private void act(List<Long> receivableIds, String officerLogin, ReviewAction action, String detail,
                     Change change) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(receivableIds));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no receivables chosen");
        }
        transactions.inTransaction(tx -> {
            Officer officer = officer(tx, officerLogin);
            LocalDateTime at = LocalDateTime.now(clock);
            ReviewRepository review = tx.review();
            for (long id : ids) {
                ReviewStanding seen = standing(tx, id);
                ReviewRules.check(action, seen);
                if (!change.apply(review, seen, officer, at)) {
                    throw new ReviewRefusedException(id, ReviewRefusal.CHANGED_BY_SOMEONE_ELSE,
                            "changed by someone else meanwhile; reload and try again");
                }
                tx.auditLog().append(officer.login(), action.auditAction(), ENTITY, id, detail);
            }
            return ids.size();
        });
    }

    private static Officer officer(CacheTransaction tx, String login) {
        return tx.officers().findByLogin(login == null ? "" : login)
                .filter(Officer::active)
                .orElseThrow(() -> new ReviewRefusedException(null, ReviewRefusal.UNKNOWN_OFFICER,
                        "unknown or inactive officer '" + login + "'"));
    }

    private static ReviewStanding standing(CacheTransaction tx, long id) {
        return tx.review().standing(id).orElseThrow(() -> new ReviewRefusedException(id,
                ReviewRefusal.UNKNOWN_RECEIVABLE, "no such receivable in the cache"));
    }

    private static String required(String text, int width, ReviewRefusal refusal, String message) {
        if (text == null || text.isBlank()) {
            throw new ReviewRefusedException(null, refusal, message);
        }
        String trimmed = text.strip();
        if (trimmed.length() > width) {
            throw new ReviewRefusedException(null, refusal, message + " of at most " + width + " characters");
        }
        return trimmed;
    }

    @FunctionalInterface
    private interface Change {
        boolean apply(ReviewRepository review, ReviewStanding seen, Officer officer, LocalDateTime at);
    }
}
