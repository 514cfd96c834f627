package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.cache.jooq.tables.Party;
import io.factordesk.domain.DebtorChoice;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPage;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.domain.review.ScanMark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The review desk's view of the cache: receivables joined to their latest scan result, filtered,
 * sorted and paged in H2, and totals of the filtered set in one aggregate query.
 */
public final class ReviewDeskRepository {

    private static final Party SUPPLIER_PARTY = PARTY.as("sp");
    private static final Party DEBTOR_PARTY = PARTY.as("dp");
    /** Position of the scan's as-of date in {@link #columns()}; eligible and rules follow it. */
    private static final int MARK_AS_OF = 21;

    /** The figures of a filtered set, before the advance rate is applied. */
    public record Sums(long count, BigDecimal faceAmount, long eligibleCount, BigDecimal eligibleAmount) {
    }

    /** One receivable with its stored scan result; details holds one line per failed rule. */
    public record ScannedReceivable(Receivable receivable, ScanMark mark, String details) {
    }

    private final DSLContext dsl;

    public ReviewDeskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One page in two steps: the ids of the page, found with only the joins the filter and sort need (so
     * H2 can walk an index in sort order and stop after one page), then those rows with names and marks.
     */
    public ReviewPage page(ReviewPageRequest request) {
        List<Long> ids = idsQuery(request.filter(), request.sort(), request.descending(), null, request.offset(),
                request.limit()).fetch(RECEIVABLE.ID);
        return new ReviewPage(rows(ids), request.offset());
    }

    /**
     * The page after {@code last} in the given order (the first page when last is null), found by seeking
     * past the last row's sort key instead of counting an offset: every page costs the same, however deep.
     */
    public List<ReviewRow> pageAfter(ReviewFilter filter, ReviewSort sort, boolean descending, ReviewRow last,
                                     int limit) {
        return rows(idsQuery(filter, sort, descending, last, 0, limit).fetch(RECEIVABLE.ID));
    }

    /**
     * The first step of {@link #page}, exposed for benchmarks that run the same SQL over plain JDBC; with
     * {@code after} it seeks past that row and the offset is not used.
     */
    public Select<Record1<Long>> idsQuery(ReviewFilter filter, ReviewSort sort, boolean descending, ReviewRow after,
                                          int offset, int limit) {
        SelectJoinStep<Record1<Long>> from = dsl.select(RECEIVABLE.ID).from(RECEIVABLE);
        if (filter.eligibility() != EligibilityFilter.ALL || filter.reason() != null) {
            from = from.leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID));
        }
        if (sort == ReviewSort.SUPPLIER) {
            from = from.join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID));
        } else if (sort == ReviewSort.DEBTOR) {
            from = from.join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID));
        }
        var ordered = from.where(ReviewConditions.of(filter)).orderBy(sortFields(sort, descending));
        if (after == null) {
            return ordered.limit(limit).offset(offset);
        }
        return ordered.seek(seekValues(sort, after.receivable())).limit(limit);
    }

    /** The second step of {@link #page}: the rows of the given ids, in the order of the ids. */
    public Select<Record> rowsQuery(Collection<Long> ids) {
        return dsl.select(columns())
                .from(RECEIVABLE)
                .join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID))
                .where(RECEIVABLE.ID.in(ids));
    }

    private List<ReviewRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewRow> byId = new HashMap<>(ids.size() * 2);
        rowsQuery(ids).fetch().forEach(r -> byId.put((Long) r.get(0), new ReviewRow(toReceivable(r), toMark(r))));
        List<ReviewRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ReviewRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object[] seekValues(ReviewSort sort, Receivable last) {
        Object key = switch (sort) {
            case ID -> null;
            case INVOICE_NO -> last.invoiceNo();
            case ISSUE_DATE -> last.issueDate();
            case DUE_DATE -> last.dueDate();
            case FACE_AMOUNT -> last.faceAmount();
            case SUPPLIER -> last.supplierName();
            case DEBTOR -> last.debtorName();
            case STATUS -> last.status().name();
        };
        return key == null ? new Object[] {last.id()} : new Object[] {key, last.id()};
    }

    /** Count, face and eligible outstanding of everything the filter keeps, in one pass. */
    public Sums sums(ReviewFilter filter) {
        Field<BigDecimal> outstanding = RECEIVABLE.FACE_AMOUNT.minus(RECEIVABLE.PAID_AMOUNT)
                .minus(RECEIVABLE.CREDIT_NOTE_AMOUNT);
        Condition eligibleNow = ReviewConditions.eligibleNow();
        Record row = dsl.select(DSL.count(),
                        DSL.coalesce(DSL.sum(RECEIVABLE.FACE_AMOUNT), BigDecimal.ZERO),
                        DSL.count().filterWhere(eligibleNow),
                        DSL.coalesce(DSL.sum(outstanding).filterWhere(eligibleNow), BigDecimal.ZERO))
                .from(RECEIVABLE)
                .leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID))
                .where(ReviewConditions.of(filter))
                .fetchOne();
        return new Sums(row.get(0, Long.class), row.get(1, BigDecimal.class), row.get(2, Long.class),
                row.get(3, BigDecimal.class));
    }

    public Optional<ScannedReceivable> find(long receivableId) {
        List<Field<?>> fields = new ArrayList<>(columns());
        fields.add(RECEIVABLE_ELIGIBILITY.DETAILS);
        return dsl.select(fields)
                .from(RECEIVABLE)
                .join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID))
                .where(RECEIVABLE.ID.eq(receivableId))
                .fetchOptional(r -> new ScannedReceivable(toReceivable(r), toMark(r),
                        r.get(RECEIVABLE_ELIGIBILITY.DETAILS)));
    }

    /** Every debtor, by Chinese name, for the desk's debtor filter. */
    public List<DebtorChoice> debtors() {
        return dsl.select(PARTY.ID, PARTY.NAME_ZH, PARTY.NAME_EN, PARTY.USCC)
                .from(DEBTOR).join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID))
                .orderBy(PARTY.NAME_ZH, PARTY.ID)
                .fetch(r -> new DebtorChoice(r.get(PARTY.ID), r.get(PARTY.NAME_ZH), r.get(PARTY.NAME_EN),
                        Uscc.of(r.get(PARTY.USCC))));
    }

    private static List<SortField<?>> sortFields(ReviewSort sort, boolean descending) {
        Field<?> column = switch (sort) {
            case ID -> RECEIVABLE.ID;
            case INVOICE_NO -> RECEIVABLE.INVOICE_NO;
            case ISSUE_DATE -> RECEIVABLE.ISSUE_DATE;
            case DUE_DATE -> RECEIVABLE.DUE_DATE;
            case FACE_AMOUNT -> RECEIVABLE.FACE_AMOUNT;
            case SUPPLIER -> SUPPLIER_PARTY.NAME_ZH;
            case DEBTOR -> DEBTOR_PARTY.NAME_ZH;
            case STATUS -> RECEIVABLE.STATUS;
        };
        List<SortField<?>> fields = new ArrayList<>(2);
        fields.add(descending ? column.desc() : column.asc());
        if (column != RECEIVABLE.ID) {
            fields.add(descending ? RECEIVABLE.ID.desc() : RECEIVABLE.ID.asc());
        }
        return fields;
    }

    private static List<Field<?>> columns() {
        return List.of(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, SUPPLIER_PARTY.NAME_ZH, SUPPLIER_PARTY.NAME_EN,
                SUPPLIER_PARTY.USCC, RECEIVABLE.DEBTOR_ID, DEBTOR_PARTY.NAME_ZH, DEBTOR_PARTY.NAME_EN,
                DEBTOR_PARTY.USCC, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE,
                RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT, RECEIVABLE.CURRENCY, RECEIVABLE.CONTRACT_REF,
                RECEIVABLE.STATUS, RECEIVABLE.PAID_AMOUNT, RECEIVABLE.PAID_ON, RECEIVABLE.DISPUTED,
                RECEIVABLE.CREDIT_NOTE_AMOUNT, RECEIVABLE_ELIGIBILITY.AS_OF, RECEIVABLE_ELIGIBILITY.ELIGIBLE,
                RECEIVABLE_ELIGIBILITY.RULES);
    }

    /** Reads the fields of {@link #columns()} by position: a page maps 200 rows x 24 fields. */
    private static Receivable toReceivable(Record r) {
        return new Receivable((Long) r.get(0), (Long) r.get(1), (String) r.get(2), (String) r.get(3),
                Uscc.of((String) r.get(4)), (Long) r.get(5), (String) r.get(6), (String) r.get(7),
                Uscc.of((String) r.get(8)), (String) r.get(9), (String) r.get(10), (LocalDate) r.get(11),
                (LocalDate) r.get(12), (BigDecimal) r.get(13), (String) r.get(14), (String) r.get(15),
                ReceivableStatus.valueOf((String) r.get(16)), (BigDecimal) r.get(17), (LocalDate) r.get(18),
                (Boolean) r.get(19), (BigDecimal) r.get(20));
    }

    /**
     * The stored verdict, corrected for what the officer did since the scan: a receivable held, rejected,
     * financed, paid or marked disputed after the scan is no longer eligible, and says why.
     */
    private static ScanMark toMark(Record r) {
        LocalDate asOf = (LocalDate) r.get(MARK_AS_OF);
        if (asOf == null) {
            return null;
        }
        List<EligibilityRule> failed = new ArrayList<>();
        String rules = (String) r.get(MARK_AS_OF + 2);
        if (rules != null) {
            for (String name : rules.split(",")) {
                failed.add(EligibilityRule.valueOf(name.strip()));
            }
        }
        ReceivableStatus status = ReceivableStatus.valueOf((String) r.get(16));
        if (!ReviewConditions.OPEN_STATUSES.contains(status) && !failed.contains(EligibilityRule.NOT_OPEN)) {
            failed.add(EligibilityRule.NOT_OPEN);
        }
        if ((Boolean) r.get(19) && !failed.contains(EligibilityRule.DISPUTED)) {
            failed.add(EligibilityRule.DISPUTED);
        }
        return new ScanMark(asOf, failed.isEmpty(), failed);
    }
}
