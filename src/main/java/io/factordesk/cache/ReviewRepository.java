package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_NOTE;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewStanding;
import io.factordesk.domain.review.VerificationDocument;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The officer's changes to receivables on the review desk. Every change names the version it was
 * decided on and reports false when someone else changed the receivable in between.
 */
public final class ReviewRepository {

    private final DSLContext tx;

    ReviewRepository(DSLContext tx) {
        this.tx = tx;
    }

    public Optional<ReviewStanding> standing(long receivableId) {
        return tx.select(RECEIVABLE.STATUS, RECEIVABLE.DISPUTED, RECEIVABLE.VERSION).from(RECEIVABLE)
                .where(RECEIVABLE.ID.eq(receivableId))
                .fetchOptional(r -> new ReviewStanding(receivableId, ReceivableStatus.valueOf(r.value1()),
                        r.value2(), r.value3()));
    }

    public boolean verify(ReviewStanding seen, long officerId, VerificationDocument document, LocalDateTime at) {
        return tx.update(RECEIVABLE)
                .set(RECEIVABLE.STATUS, ReceivableStatus.VERIFIED.name())
                .set(RECEIVABLE.VERIFIED_BY, officerId)
                .set(RECEIVABLE.VERIFIED_AT, at)
                .set(RECEIVABLE.VERIFICATION_DOCUMENT, document.name())
                .set(RECEIVABLE.VERSION, seen.version() + 1)
                .where(RECEIVABLE.ID.eq(seen.receivableId()).and(RECEIVABLE.VERSION.eq(seen.version())))
                .execute() == 1;
    }

    public boolean changeStatus(ReviewStanding seen, ReceivableStatus status) {
        return tx.update(RECEIVABLE)
                .set(RECEIVABLE.STATUS, status.name())
                .set(RECEIVABLE.VERSION, seen.version() + 1)
                .where(RECEIVABLE.ID.eq(seen.receivableId()).and(RECEIVABLE.VERSION.eq(seen.version())))
                .execute() == 1;
    }

    public boolean markDisputed(ReviewStanding seen, String reason) {
        return tx.update(RECEIVABLE)
                .set(RECEIVABLE.DISPUTED, true)
                .set(RECEIVABLE.DISPUTE_REASON, reason)
                .set(RECEIVABLE.VERSION, seen.version() + 1)
                .where(RECEIVABLE.ID.eq(seen.receivableId()).and(RECEIVABLE.VERSION.eq(seen.version())))
                .execute() == 1;
    }

    public long addNote(long receivableId, String officerLogin, String text, LocalDateTime at) {
        return tx.insertInto(RECEIVABLE_NOTE)
                .set(RECEIVABLE_NOTE.RECEIVABLE_ID, receivableId)
                .set(RECEIVABLE_NOTE.OFFICER_LOGIN, officerLogin)
                .set(RECEIVABLE_NOTE.NOTED_AT, at)
                .set(RECEIVABLE_NOTE.TEXT, text)
                .returning(RECEIVABLE_NOTE.ID)
                .fetchOne(RECEIVABLE_NOTE.ID);
    }

    /** The notes on one receivable by note id. */
    public Map<Long, String> notes(long receivableId) {
        return tx.select(RECEIVABLE_NOTE.ID, RECEIVABLE_NOTE.TEXT).from(RECEIVABLE_NOTE)
                .where(RECEIVABLE_NOTE.RECEIVABLE_ID.eq(receivableId))
                .orderBy(RECEIVABLE_NOTE.ID)
                .fetchMap(RECEIVABLE_NOTE.ID, RECEIVABLE_NOTE.TEXT);
    }
}
