package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.cache.jooq.tables.Receivable;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewFilter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The review desk's filter as a SQL condition over receivable left-joined to receivable_eligibility. */
final class ReviewConditions {

    static final Set<ReceivableStatus> OPEN_STATUSES = Set.of(ReceivableStatus.OPEN, ReceivableStatus.VERIFIED);

    private ReviewConditions() {
    }

    /** Scanned eligible, and nothing the officer did since the scan took that away. */
    static Condition eligibleNow() {
        return RECEIVABLE_ELIGIBILITY.ELIGIBLE.isTrue()
                .and(RECEIVABLE.STATUS.in(OPEN_STATUSES.stream().map(Enum::name).toList()))
                .and(RECEIVABLE.DISPUTED.isFalse());
    }

    static Condition of(DSLContext dsl, ReviewFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.supplierId() != null) {
            where = where.and(RECEIVABLE.SUPPLIER_ID.eq(filter.supplierId()));
        }
        if (filter.debtorId() != null) {
            where = where.and(RECEIVABLE.DEBTOR_ID.eq(filter.debtorId()));
        }
        if (filter.status() != null) {
            where = where.and(RECEIVABLE.STATUS.eq(filter.status().name()));
        }
        where = where.and(switch (filter.eligibility()) {
            case ALL -> DSL.noCondition();
            case ELIGIBLE -> eligibleNow();
            case INELIGIBLE -> RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.isNotNull().andNot(eligibleNow());
            case NOT_SCANNED -> RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.isNull();
        });
        if (filter.reason() != null) {
            where = where.and(DSL.concat(DSL.inline(","), RECEIVABLE_ELIGIBILITY.RULES, DSL.inline(","))
                    .contains("," + filter.reason().name() + ","));
        }
        where = where.and(range(filter));
        if (filter.text() != null) {
            where = where.and(text(dsl, filter.text()));
        }
        return where;
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
     * An exact invoice number, invoice code or contract reference, or part of a party's name. Text of
     * digits only is an invoice number or code (fapiao numbers and codes are digits; contract references
     * carry letters): without a party whose name matches, those are looked up through their indexes and
     * joined by id instead of being tested row by row.
     */
    private static Condition text(DSLContext dsl, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Long> parties = dsl.select(PARTY.ID).from(PARTY)
                .where(PARTY.NAME_ZH.contains(text).or(DSL.lower(PARTY.NAME_EN).contains(lower)))
                .fetch(PARTY.ID);
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        Condition exactly;
        if (digits) {
            Receivable exact = RECEIVABLE.as("exact");
            exactly = RECEIVABLE.ID.in(DSL.select(exact.ID).from(exact).where(exact.INVOICE_NO.eq(text))
                    .unionAll(DSL.select(exact.ID).from(exact).where(exact.INVOICE_CODE.eq(text))));
        } else {
            exactly = RECEIVABLE.CONTRACT_REF.eq(text);
        }
        if (parties.isEmpty()) {
            return exactly;
        }
        return exactly.or(RECEIVABLE.SUPPLIER_ID.in(parties)).or(RECEIVABLE.DEBTOR_ID.in(parties));
    }
}
