package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewSort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Whether a page of the desk is found by walking the index of its sort order, testing each row against the
 * filter until the page is full, instead of by H2's own plan.
 *
 * <p>H2 plans without regard to the LIMIT: given a condition it can answer from an index (one debtor, an
 * amount range, a status) it reads every row that condition keeps and sorts them all, where walking the sort
 * index finds a page after about (offset + limit) / f rows, f being the share of receivables the filter
 * keeps. At a million receivables one debtor's 58,760 receivables by issue date took 75 ms that way and an
 * amount range in id order 6.8 s; walked, they read about 5,000 and 200 rows.
 *
 * <p>Both costs are estimated from {@value #SAMPLE} receivables whose ids are spread over the id range (a
 * low-discrepancy sequence, so that ids handed out in cycles do not alias with the spacing). The walk reads
 * (offset + limit) / f rows, plus the rows before the first match where the sample shows that the matches
 * start late in the sort order (issued last month, by due date: they are all near the end). H2's plan reads
 * the rows of the narrowest condition it can look up by index; a chosen supplier's are cheaper to read, as a
 * supplier's receivables come in one file and sit together in id order (measured: 0.5 us a row against
 * 2 us for a debtor's or for the walk's). Filters answered by a short id list (few eligible, a rare failed
 * rule, exact text) are left to H2, which reads only those ids.
 */
final class SortIndexWalk {

    static final int SAMPLE = 1_000;
    /** The golden ratio's fractional part: consecutive multiples fill [0, 1) evenly and without a period. */
    private static final double SPREAD = 0.6180339887498949;
    /** A run of misses before the first match longer than this many times the expected one is taken as real. */
    private static final double GAP_MARGIN = 3;
    /** What a row of a chosen supplier costs H2, against a row of any other lookup or of the walk. */
    private static final double SUPPLIER_ROW_COST = 0.25;
    /**
     * The longest first stretch of the order a bounded walk tries: at about 2 us a row read, a stretch that
     * does not fill the page adds at most ~20 ms to H2's plan.
     */
    static final long MAX_TRY = 10_000;

    private SortIndexWalk() {
    }

    /**
     * How to find this page by walking the sort order's index, or none when H2's own plan should answer.
     *
     * @param index the index to walk; the empty name for the primary key (id order)
     * @param tryRows 0 to walk until the page is full; otherwise walk only the first tryRows rows of the order,
     *     and leave the page to H2's plan if they do not fill it
     */
    record Walk(String index, long tryRows) {
    }

    /**
     * The walk for this page: unbounded when the sample says it reads fewer rows than H2's plan; over a
     * bounded first stretch when only the rows the sample shows before the first match speak against it
     * (a thin sample cannot see a few hundred matches near the start); none otherwise.
     */
    static Optional<Walk> plan(DSLContext dsl, ReviewFilter filter, ReviewWhere where, ReviewSort sort,
                               boolean descending, long offset, int limit) {
        Optional<String> index = indexOf(sort);
        if (index.isEmpty() || where.byFewIds() || filter.equals(ReviewFilter.none())
                || dsl.dialect().family() != SQLDialect.H2) {
            return Optional.empty();
        }
        Record2<Long, Long> ids = dsl.select(DSL.min(RECEIVABLE.ID), DSL.max(RECEIVABLE.ID)).from(RECEIVABLE)
                .fetchOne();
        if (ids == null || ids.value1() == null) {
            return Optional.empty();
        }
        List<Lookup> lookups = lookups(filter);
        List<Sampled> sample = sample(dsl, where, lookups, sort, ids.value1(), ids.value2());
        double rowsEach = (ids.value2() - ids.value1() + 1.0) / SAMPLE;
        double plan = planCost(sample, lookups, rowsEach);
        if (toWalk(sample, descending, offset + limit, rowsEach) < plan) {
            return Optional.of(new Walk(index.get(), 0));
        }
        if (evenly(sample, offset + limit) < plan) {
            return Optional.of(new Walk(index.get(), Math.max(1, (long) Math.min(MAX_TRY, plan / 2))));
        }
        return Optional.empty();
    }

    /** The rows a walk reads if the matches are spread evenly over the sort order. */
    static double evenly(List<Sampled> sample, long rows) {
        long kept = sample.stream().filter(Sampled::kept).count();
        return kept == 0 ? Double.POSITIVE_INFINITY : (double) rows * sample.size() / kept;
    }

    /** A condition H2 can answer from an index, and what each of its rows costs H2 against a walked row. */
    record Lookup(Condition condition, double rowCost) {
    }

    /** A sampled receivable: its sort key, whether the filter keeps it, and whether each lookup does. */
    record Sampled(Comparable<Object> key, long id, boolean kept, boolean[] lookups) {
    }

    /**
     * The rows a walk is expected to read before it has {@code rows} matches, from a sample in which each
     * receivable stands for {@code rowsEach}; infinite when the sample holds no match.
     */
    static double toWalk(List<Sampled> sample, boolean descending, long rows, double rowsEach) {
        double evenly = evenly(sample, rows);
        if (Double.isInfinite(evenly)) {
            return evenly;
        }
        double share = (double) rows / evenly;
        Comparator<Sampled> order = Comparator.<Sampled, Comparable<Object>>comparing(Sampled::key)
                .thenComparingLong(Sampled::id);
        List<Sampled> sorted = sample.stream().sorted(descending ? order.reversed() : order).toList();
        int firstKept = 0;
        while (!sorted.get(firstKept).kept()) {
            firstKept++;
        }
        return Math.max(0, firstKept - GAP_MARGIN / share) * rowsEach + evenly;
    }

    /** The rows H2's plan reads, weighed, through the narrowest lookup; infinite when there is none. */
    static double planCost(List<Sampled> sample, List<Lookup> lookups, double rowsEach) {
        double cheapest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lookups.size(); i++) {
            int column = i;
            long hits = sample.stream().filter(row -> row.lookups()[column]).count();
            cheapest = Math.min(cheapest, hits * rowsEach * lookups.get(i).rowCost());
        }
        return cheapest;
    }

    /** The filter's conditions that H2 can look up by an index. */
    static List<Lookup> lookups(ReviewFilter filter) {
        List<Lookup> lookups = new ArrayList<>();
        if (filter.supplierId() != null) {
            lookups.add(new Lookup(RECEIVABLE.SUPPLIER_ID.eq(filter.supplierId()), SUPPLIER_ROW_COST));
        }
        if (filter.debtorId() != null) {
            lookups.add(new Lookup(RECEIVABLE.DEBTOR_ID.eq(filter.debtorId()), 1));
        }
        if (filter.status() != null) {
            lookups.add(new Lookup(RECEIVABLE.STATUS.eq(filter.status().name()), 1));
        }
        range(lookups, RECEIVABLE.ISSUE_DATE, filter.issuedFrom(), filter.issuedTo());
        range(lookups, RECEIVABLE.DUE_DATE, filter.dueFrom(), filter.dueTo());
        range(lookups, RECEIVABLE.FACE_AMOUNT, filter.amountFrom(), filter.amountTo());
        return lookups;
    }

    private static <T> void range(List<Lookup> lookups, Field<T> column, T from, T to) {
        if (from != null || to != null) {
            Condition range = from == null ? DSL.noCondition() : column.ge(from);
            lookups.add(new Lookup(to == null ? range : range.and(column.le(to)), 1));
        }
    }

    private static List<Sampled> sample(DSLContext dsl, ReviewWhere where, List<Lookup> lookups, ReviewSort sort,
                                        long first, long last) {
        List<Field<?>> columns = new ArrayList<>();
        columns.add(RECEIVABLE.ID);
        columns.add(sortColumn(sort));
        columns.add(DSL.field(where.condition()));
        lookups.forEach(lookup -> columns.add(DSL.field(lookup.condition())));
        SelectJoinStep<Record> from = dsl.select(columns).from(RECEIVABLE);
        if (where.readsScanRow()) {
            from = from.leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID));
        }
        return from.where(RECEIVABLE.ID.in(spread(first, last))).fetch(row -> sampled(row, lookups.size()));
    }

    @SuppressWarnings("unchecked")
    private static Sampled sampled(Record row, int lookups) {
        boolean[] hits = new boolean[lookups];
        for (int i = 0; i < lookups; i++) {
            hits[i] = Boolean.TRUE.equals(row.get(3 + i));
        }
        return new Sampled((Comparable<Object>) row.get(1), row.get(0, Long.class), Boolean.TRUE.equals(row.get(2)),
                hits);
    }

    /** The receivable column of a sort by one (the id for the sorts by a party's name). */
    static Field<?> sortColumn(ReviewSort sort) {
        return switch (sort) {
            case INVOICE_NO -> RECEIVABLE.INVOICE_NO;
            case ISSUE_DATE -> RECEIVABLE.ISSUE_DATE;
            case DUE_DATE -> RECEIVABLE.DUE_DATE;
            case FACE_AMOUNT -> RECEIVABLE.FACE_AMOUNT;
            case STATUS -> RECEIVABLE.STATUS;
            default -> RECEIVABLE.ID;
        };
    }

    /** The index that holds the sort order (empty name for the primary key); none for sorts by a party's name. */
    static Optional<String> indexOf(ReviewSort sort) {
        return Optional.ofNullable(switch (sort) {
            case ID -> "";
            case INVOICE_NO -> "ix_receivable_invoice_no";
            case ISSUE_DATE -> "ix_receivable_issue";
            case DUE_DATE -> "ix_receivable_due";
            case FACE_AMOUNT -> "ix_receivable_face";
            case STATUS -> "ix_receivable_status";
            case SUPPLIER, DEBTOR -> null;
        });
    }

    /** {@value #SAMPLE} ids from first to last, spread evenly and without a period. */
    static List<Long> spread(long first, long last) {
        long span = last - first + 1;
        List<Long> ids = new ArrayList<>(SAMPLE);
        for (int i = 1; i <= SAMPLE; i++) {
            double at = (i * SPREAD) % 1.0;
            ids.add(first + (long) (at * span));
        }
        return ids;
    }
}
