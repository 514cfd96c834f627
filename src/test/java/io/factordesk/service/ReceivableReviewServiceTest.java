package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.AUDIT_LOG;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.Transactions;
import io.factordesk.cache.jooq.tables.records.AuditLogRecord;
import io.factordesk.cache.jooq.tables.records.ReceivableRecord;
import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewRefusal;
import io.factordesk.domain.review.ReviewRefusedException;
import io.factordesk.domain.review.ReviewStanding;
import io.factordesk.domain.review.TrailEntry;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.testing.CacheFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivableReviewServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final Clock CLOCK = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private Transactions transactions;
    private ReceivableReviewService review;
    private long officerId;
    private long open1;
    private long open2;
    private long paid;
    private long financed;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        officerId = fixture.officer("li.na", OfficerRole.OFFICER, "5000000");
        long supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        long debtor = fixture.debtor("核心企业集团有限公司", true, true, null);
        open1 = fixture.receivable(supplier, debtor, "100000.00", TODAY.minusDays(10), TODAY.plusDays(80));
        open2 = fixture.receivable(supplier, debtor, "50000.00", TODAY.minusDays(5), TODAY.plusDays(85));
        paid = fixture.receivable(supplier, debtor, "700.00", TODAY.minusDays(90), TODAY.minusDays(5),
                ReceivableStatus.PAID);
        financed = fixture.receivable(supplier, debtor, "900.00", TODAY.minusDays(20), TODAY.plusDays(40),
                ReceivableStatus.FINANCED);
        transactions = new Transactions(cache, CLOCK);
        review = new ReceivableReviewService(transactions, CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void verifyRecordsOfficerDocumentAndTimeWithOneAuditEntry() {
        review.verify(List.of(open1), VerificationDocument.DELIVERY_NOTE, "li.na");

        ReceivableRecord row = row(open1);
        assertThat(row.getStatus()).isEqualTo("VERIFIED");
        assertThat(row.getVerifiedBy()).isEqualTo(officerId);
        assertThat(row.getVerifiedAt()).isEqualTo(NOW);
        assertThat(row.getVerificationDocument()).isEqualTo("DELIVERY_NOTE");
        assertThat(row.getVersion()).isEqualTo(1);
        assertThat(row(open2).getStatus()).isEqualTo("OPEN");
        List<AuditLogRecord> audit = audit();
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo("RECEIVABLE_VERIFIED");
            assertThat(a.getEntity()).isEqualTo("receivable");
            assertThat(a.getEntityId()).isEqualTo(open1);
            assertThat(a.getOfficerLogin()).isEqualTo("li.na");
            assertThat(a.getDetail()).contains("DELIVERY_NOTE");
        });
    }

    @Test
    void bulkHoldHoldsEveryChosenReceivableWithOneAuditEntryEach() {
        review.hold(List.of(open1, open2), "li.na", "等待买方确认 awaiting debtor confirmation");

        assertThat(row(open1).getStatus()).isEqualTo("HELD");
        assertThat(row(open2).getStatus()).isEqualTo("HELD");
        assertThat(row(open2).getVersion()).isEqualTo(1);
        assertThat(audit()).extracting(AuditLogRecord::getEntityId).containsExactly(open1, open2);
        assertThat(audit()).allSatisfy(a -> {
            assertThat(a.getAction()).isEqualTo("RECEIVABLE_HELD");
            assertThat(a.getDetail()).contains("awaiting debtor confirmation");
        });
    }

    @Test
    void bulkRejectAndDispute() {
        review.reject(List.of(open1, open2), "li.na", "发票作废 invoice cancelled");
        review.markDisputed(List.of(financed), "li.na", "买方称货物短少 short delivery");

        assertThat(row(open1).getStatus()).isEqualTo("REJECTED");
        assertThat(row(open2).getStatus()).isEqualTo("REJECTED");
        ReceivableRecord disputed = row(financed);
        assertThat(disputed.getDisputed()).isTrue();
        assertThat(disputed.getDisputeReason()).isEqualTo("买方称货物短少 short delivery");
        assertThat(disputed.getStatus()).isEqualTo("FINANCED");
        assertThat(disputed.getVersion()).isEqualTo(1);
        assertThat(audit()).extracting(AuditLogRecord::getAction)
                .containsExactly("RECEIVABLE_REJECTED", "RECEIVABLE_REJECTED", "RECEIVABLE_DISPUTED");
    }

    @Test
    void aNoteIsKeptWithTheReceivableAndAudited() {
        long noteId = review.addNote(open1, "li.na", "已电话联系买方财务 called the debtor's accounts desk");

        assertThat(cache.dsl().selectFrom(RECEIVABLE_NOTE).fetch()).singleElement().satisfies(n -> {
            assertThat(n.getId()).isEqualTo(noteId);
            assertThat(n.getReceivableId()).isEqualTo(open1);
            assertThat(n.getOfficerLogin()).isEqualTo("li.na");
            assertThat(n.getNotedAt()).isEqualTo(NOW);
        });
        assertThat(audit()).singleElement().satisfies(a -> assertThat(a.getAction()).isEqualTo("RECEIVABLE_NOTED"));
    }

    @Test
    void aPaidOrFinancedReceivableCannotBeHeldAndABulkHoldWithOneWritesNothing() {
        assertRefusedWithNothingWritten(() -> review.hold(List.of(open1, paid, open2), "li.na", "check"),
                paid, ReviewRefusal.NOT_ALLOWED_IN_STATUS);
        assertRefusedWithNothingWritten(() -> review.hold(List.of(financed), "li.na", "check"),
                financed, ReviewRefusal.NOT_ALLOWED_IN_STATUS);
        assertThatThrownBy(() -> review.hold(List.of(paid), "li.na", "check"))
                .hasMessageContaining("Receivable " + paid).hasMessageContaining("PAID");
    }

    @Test
    void refusalsWriteNothing() {
        assertRefusedWithNothingWritten(() -> review.hold(List.of(open1), "li.na", "  "),
                null, ReviewRefusal.REASON_REQUIRED);
        assertRefusedWithNothingWritten(() -> review.reject(List.of(open1), "li.na", null),
                null, ReviewRefusal.REASON_REQUIRED);
        assertRefusedWithNothingWritten(() -> review.markDisputed(List.of(open1), "li.na", ""),
                null, ReviewRefusal.REASON_REQUIRED);
        assertRefusedWithNothingWritten(() -> review.verify(List.of(open1), VerificationDocument.INVOICE_ORIGINAL,
                "nobody"), null, ReviewRefusal.UNKNOWN_OFFICER);
        assertRefusedWithNothingWritten(() -> review.addNote(open1, "li.na", " "), null, ReviewRefusal.NOTE_REQUIRED);
        assertRefusedWithNothingWritten(() -> review.addNote(List.of(open1, open2, 999_999L), "li.na", "bulk note"),
                999_999L, ReviewRefusal.UNKNOWN_RECEIVABLE);
        assertRefusedWithNothingWritten(() -> review.reject(List.of(open1, 999_999L), "li.na", "fake"),
                999_999L, ReviewRefusal.UNKNOWN_RECEIVABLE);
        assertRefusedWithNothingWritten(() -> review.verify(List.of(open2, paid),
                VerificationDocument.TAX_PORTAL_CHECK, "li.na"), paid, ReviewRefusal.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    void aBulkNoteGoesOnEveryChosenReceivableWithOneAuditEntryEach() {
        List<Long> notes = review.addNote(List.of(open1, open2), "li.na", "买方已书面确认 debtor confirmed in writing");

        assertThat(notes).hasSize(2).doesNotHaveDuplicates();
        assertThat(review.history(open1)).extracting(TrailEntry::detail)
                .containsExactly("买方已书面确认 debtor confirmed in writing");
        assertThat(review.history(open2)).extracting(TrailEntry::detail)
                .containsExactly("买方已书面确认 debtor confirmed in writing");
    }

    @Test
    void aDisputedReceivableCannotBeVerifiedOrDisputedTwice() {
        review.markDisputed(List.of(open1), "li.na", "short delivery");
        int auditBefore = audit().size();

        assertThatThrownBy(() -> review.verify(List.of(open1), VerificationDocument.DEBTOR_CONFIRMATION, "li.na"))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReviewRefusal.DISPUTED_CANNOT_BE_VERIFIED));
        assertThatThrownBy(() -> review.markDisputed(List.of(open2, open1), "li.na", "again"))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(ReviewRefusal.ALREADY_DISPUTED));
        assertThat(row(open2).getDisputed()).isFalse();
        assertThat(audit()).hasSize(auditBefore);
    }

    @Test
    void aChangeDecidedOnAStaleVersionIsNotWritten() {
        ReviewStanding stale = new ReviewStanding(open1, ReceivableStatus.OPEN, false, 0);
        review.hold(List.of(open1), "li.na", "first");

        boolean written = transactions.inTransaction(tx -> tx.review().changeStatus(stale, ReceivableStatus.REJECTED));

        assertThat(written).isFalse();
        assertThat(row(open1).getStatus()).isEqualTo("HELD");
    }

    @Test
    void historyListsTheVerificationTrailOldestFirstWithNoteTexts() {
        review.verify(List.of(open1), VerificationDocument.INVOICE_ORIGINAL, "li.na");
        review.addNote(open1, "li.na", "原件已核对 original seen");
        review.hold(List.of(open1, open2), "li.na", "debtor confirmation pending");
        review.addNote(open2, "li.na", "other receivable");

        List<TrailEntry> trail = review.history(open1);

        assertThat(trail).extracting(TrailEntry::action)
                .containsExactly("RECEIVABLE_VERIFIED", "RECEIVABLE_NOTED", "RECEIVABLE_HELD");
        assertThat(trail.get(0).detail()).contains("INVOICE_ORIGINAL");
        assertThat(trail.get(1).detail()).isEqualTo("原件已核对 original seen");
        assertThat(trail.get(2).detail()).contains("debtor confirmation pending");
        assertThat(trail).allSatisfy(t -> {
            assertThat(t.officerLogin()).isEqualTo("li.na");
            assertThat(t.at()).isEqualTo(NOW);
        });
        assertThat(review.history(paid)).isEmpty();
    }

    private void assertRefusedWithNothingWritten(ThrowingCallable action, Long receivable, ReviewRefusal refusal) {
        var receivablesBefore = cache.dsl().selectFrom(RECEIVABLE).orderBy(RECEIVABLE.ID).fetch();
        int auditBefore = audit().size();
        int notesBefore = cache.dsl().fetchCount(RECEIVABLE_NOTE);

        assertThatThrownBy(action).isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.receivableId()).isEqualTo(receivable);
        });

        assertThat(cache.dsl().selectFrom(RECEIVABLE).orderBy(RECEIVABLE.ID).fetch()).isEqualTo(receivablesBefore);
        assertThat(audit()).hasSize(auditBefore);
        assertThat(cache.dsl().fetchCount(RECEIVABLE_NOTE)).isEqualTo(notesBefore);
    }

    private ReceivableRecord row(long id) {
        return cache.dsl().selectFrom(RECEIVABLE).where(RECEIVABLE.ID.eq(id)).fetchOne();
    }

    private List<AuditLogRecord> audit() {
        return cache.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch();
    }
}
