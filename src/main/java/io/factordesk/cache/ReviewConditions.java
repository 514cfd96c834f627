package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.cache.jooq.tables.Receivable;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.ReviewFilter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** The review desk's filter as a SQL condition over receivable left-joined to receivable_eligibility. */
final class ReviewConditions {

    /**
     * Up to this many scan rows, a filter on them is answered by looking their receivables up by id and
     * sorting those; beyond, by walking the sort order and testing each row, which finds a page soon when
     * the rows are that common. Measured on the 1,000,000 demo (load 7): the 30,000 that failed PAST_DUE
     * looked up and sorted in 0.4-0.6 s, tested row by row down to offset 5,000 in 1.8-2.0 s.
     */
    static final int FEW = 40_000;

    static final Set<ReceivableStatus> OPEN_STATUSES = Set.of(ReceivableStatus.OPEN, ReceivableStatus.VERIFIED);

    private ReviewConditions() {
    }

    /** Scanned eligible, and nothing the officer did since the scan took that away. */
    static Condition eligibleNow() {
        return RECEIVABLE_ELIGIBILITY.ELIGIBLE.isTrue().and(openAndUndisputed());
    }

    private static Condition openAndUndisputed() {
        return RECEIVABLE.STATUS.in(OPEN_STATUSES.stream().map(Enum::name).toList()).and(RECEIVABLE.DISPUTED.isFalse());
    }

    /** The filter's condition, and what H2 needs to answer it. */
    static ReviewWhere of(DSLContext dsl, ReviewFilter filter) {
        Condition where = DSL.noCondition();
        boolean readsScanRow = false;
        boolean fewIds = false;
        if (filter.supplierId() != null) {
            where = where.and(RECEIVABLE.SUPPLIER_ID.eq(filter.supplierId()));
        }
        if (filter.debtorId() != null) {
            where = where.and(RECEIVABLE.DEBTOR_ID.eq(filter.debtorId()));
        }
        if (filter.status() != null) {
            where = where.and(RECEIVABLE.STATUS.eq(filter.status().name()));
        }
        switch (filter.eligibility()) {
            case ALL -> { }
            case ELIGIBLE -> {
                if (fewEligible(dsl)) {
                    // The scan row's own flag is what the id list already says: no need to join it.
                    where = where.and(RECEIVABLE.ID.in(DSL.select(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID)
                            .from(RECEIVABLE_ELIGIBILITY).where(RECEIVABLE_ELIGIBILITY.ELIGIBLE.isTrue())))
                            .and(openAndUndisputed());
                    fewIds = true;
                } else {
                    where = where.and(eligibleNow());
                    readsScanRow = true;
                }
            }
            case INELIGIBLE -> {
                where = where.and(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.isNotNull().andNot(eligibleNow()));
                readsScanRow = true;
            }
            case NOT_SCANNED -> {
                where = where.and(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.isNull());
                readsScanRow = true;
            }
        }
        if (filter.reason() != null) {
            Failed failed = failed(dsl, filter.reason(), FEW);
            where = where.and(failed.condition());
            readsScanRow |= !failed.byIds();
            fewIds |= failed.byIds();
        }
        where = where.and(range(filter));
        if (filter.text() != null) {
            Text text = text(dsl, filter.text());
            where = where.and(text.condition());
            fewIds |= text.byIds();
        }
        return new ReviewWhere(where, readsScanRow, fewIds);
    }

    /**
     * Rule X failed: bit X of the stored mask. When few receivables failed it (a bounded count on
     * ix_receivable_eligibility_failed), they are looked up by id from the masks that contain the bit, and
     * H2 sorts only those; otherwise testing the bit row by row while walking the sort order finds a page
     * sooner. Either way the scan row is no longer read whole and matched as text.
     */
    static Failed failed(DSLContext dsl, EligibilityRule rule, int few) {
        List<Integer> masks = masksContaining(dsl, rule);
        if (masks.isEmpty()) {
            return new Failed(DSL.falseCondition(), true);
        }
        if (few(dsl, RECEIVABLE_ELIGIBILITY.FAILED_RULES.in(masks), few)) {
            return new Failed(RECEIVABLE.ID.in(DSL.select(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID)
                    .from(RECEIVABLE_ELIGIBILITY).where(RECEIVABLE_ELIGIBILITY.FAILED_RULES.in(masks))), true);
        }
        return new Failed(DSL.bitAnd(RECEIVABLE_ELIGIBILITY.FAILED_RULES, DSL.inline(FailedRuleBits.of(rule)))
                .ne(DSL.inline(0)), false);
    }

    /** A failed-rule condition; byIds when it is an id list that needs no scan row. */
    record Failed(Condition condition, boolean byIds) {
    }

    /** A free-text condition; byIds when it is a list of exact matches looked up by their indexes. */
    private record Text(Condition condition, boolean byIds) {
    }

    /** The failed-rule masks stored now that contain the rule; H2 reads the distinct masks off their index. */
    static List<Integer> masksContaining(DSLContext dsl, EligibilityRule rule) {
        List<Integer> present = dsl.selectDistinct(RECEIVABLE_ELIGIBILITY.FAILED_RULES).from(RECEIVABLE_ELIGIBILITY)
                .fetch(RECEIVABLE_ELIGIBILITY.FAILED_RULES);
        return FailedRuleBits.containing(rule, present);
    }

    private static boolean fewEligible(DSLContext dsl) {
        return few(dsl, RECEIVABLE_ELIGIBILITY.ELIGIBLE.isTrue(), FEW);
    }

    /** Whether at most {@code few} scan rows meet the condition, counted on an index and never past few + 1. */
    private static boolean few(DSLContext dsl, Condition onScanRows, int few) {
        var firstRows = DSL.selectOne().from(RECEIVABLE_ELIGIBILITY).where(onScanRows).limit(few + 1);
        return dsl.fetchCount(firstRows) <= few;
    }

    private static Condition range(ReviewFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.issuedFrom() != null) {
            where = where.and(RECEIVABLE.ISSUE_DATE.ge(filter.issuedFrom()));
        }
        if (filter.issuedTo() != null) {
            where = where.and(RECEIVABLE.ISSUE_DATE.le(filter.issuedTo()));
        }
        if (filter.dueFrom() != null) {
            where = where.and(RECEIVABLE.DUE_DATE.ge(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            where = where.and(RECEIVABLE.DUE_DATE.le(filter.dueTo()));
        }
        if (filter.amountFrom() != null) {
            where = where.and(RECEIVABLE.FACE_AMOUNT.ge(filter.amountFrom()));
        }
        if (filter.amountTo() != null) {
            where = where.and(RECEIVABLE.FACE_AMOUNT.le(filter.amountTo()));
        }
        return where;
    }

    /**
     * An exact invoice number, invoice code or contract reference, or part of a party's name. Text of digits
     * only may be any of the three; other text can only be a contract reference. Without a party whose name
     * matches, the exact matches are looked up through their indexes and joined by id. With one, each row is
     * tested while the sort order is walked: an IN over a large id union inside an OR made H2 evaluate the
     * union again for every row (minutes at a million receivables).
     */
    private static Text text(DSLContext dsl, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Long> parties = dsl.select(PARTY.ID).from(PARTY)
                .where(PARTY.NAME_ZH.contains(text).or(DSL.lower(PARTY.NAME_EN).contains(lower)))
                .fetch(PARTY.ID);
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (parties.isEmpty()) {
            Receivable exact = RECEIVABLE.as("exact");
            Select<Record1<Long>> exactIds = DSL.select(exact.ID).from(exact).where(exact.CONTRACT_REF.eq(text));
            if (digits) {
                exactIds = exactIds.unionAll(DSL.select(exact.ID).from(exact).where(exact.INVOICE_NO.eq(text)))
                        .unionAll(DSL.select(exact.ID).from(exact).where(exact.INVOICE_CODE.eq(text)));
            }
            return new Text(RECEIVABLE.ID.in(exactIds), true);
        }
        Condition exactly = RECEIVABLE.CONTRACT_REF.eq(text);
        if (digits) {
            exactly = exactly.or(RECEIVABLE.INVOICE_NO.eq(text)).or(RECEIVABLE.INVOICE_CODE.eq(text));
        }
        return new Text(exactly.or(RECEIVABLE.SUPPLIER_ID.in(parties)).or(RECEIVABLE.DEBTOR_ID.in(parties)), false);
    }
}
