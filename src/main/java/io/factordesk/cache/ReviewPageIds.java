package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.cache.jooq.tables.Party;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The first step of a desk page: the ids of the page, in its order. The way is chosen per page: the whole
 * desk by a party's name walks the parties ({@link PartyOrderWalk}); a failed rule, one supplier or one
 * debtor alone walks a bit set of their ids over the sort index ({@link KnownIdsWalk}); any other filter runs
 * one query, told to walk the sort order's index when {@link SortIndexWalk} expects that to read fewer rows
 * than H2's own plan, or to try a bounded first stretch of it when only the sample's picture of where the
 * matches lie speaks against it.
 */
final class ReviewPageIds {

    static final Party SUPPLIER_PARTY = PARTY.as("sp");
    static final Party DEBTOR_PARTY = PARTY.as("dp");
    /** H2's SQL state for an index that does not exist (a bulk import is rebuilding it). */
    private static final String INDEX_NOT_FOUND = "42S12";

    /** Runs an ids query: through jOOQ for the desk, over plain JDBC for benchmarks of the same SQL. */
    @FunctionalInterface
    interface Fetch {
        List<Long> ids(Select<Record1<Long>> query) throws SQLException;
    }

    /** What a page asks for; with {@code after} it seeks past that row and the offset is not used. */
    record Wanted(ReviewFilter filter, ReviewSort sort, boolean descending, ReviewRow after, int offset, int limit) {
    }

    /** Chooses the walk for a page; {@link SortIndexWalk#plan} but in tests. */
    @FunctionalInterface
    interface WalkPlanner {
        Optional<SortIndexWalk.Walk> plan(DSLContext dsl, ReviewFilter filter, ReviewWhere where, ReviewSort sort,
                                          boolean descending, long offset, int limit);
    }

    private final DSLContext dsl;
    private final WalkPlanner planner;

    ReviewPageIds(DSLContext dsl) {
        this(dsl, SortIndexWalk::plan);
    }

    ReviewPageIds(DSLContext dsl, WalkPlanner planner) {
        this.dsl = dsl;
        this.planner = planner;
    }

    /** The page's ids; {@code connection} serves the walks, {@code fetch} the query. */
    List<Long> find(Connection connection, Wanted page, Fetch fetch) throws SQLException {
        Optional<PartyOrderWalk> walk = partyWalk(page.filter(), page.sort(), page.descending());
        if (walk.isPresent()) {
            return walk.get().ids(connection, partyName(page.sort(), page.after()),
                    page.after() == null ? null : page.after().receivable().id(), page.offset(), page.limit());
        }
        Optional<List<Long>> walked = page.after() == null ? knownIds(connection, page) : Optional.empty();
        if (walked.isPresent()) {
            return walked.get();
        }
        try {
            return byQuery(page, fetch, true);
        } catch (DataAccessException | SQLException e) {
            String state = e instanceof SQLException sql ? sql.getSQLState() : ((DataAccessException) e).sqlState();
            if (!INDEX_NOT_FOUND.equals(state)) {
                throw e;
            }
            // A bulk import is rebuilding the index the walk named: H2's own plan answers meanwhile.
            return byQuery(page, fetch, false);
        }
    }

    private List<Long> byQuery(Wanted page, Fetch fetch, boolean mayWalk) throws SQLException {
        ReviewWhere where = ReviewConditions.of(dsl, page.filter());
        Optional<SortIndexWalk.Walk> walk = mayWalk ? planner.plan(dsl, page.filter(), where, page.sort(),
                page.descending(), page.after() == null ? page.offset() : 0, page.limit()) : Optional.empty();
        if (walk.isPresent() && walk.get().tryRows() > 0) {
            if (page.after() != null) {
                // A stretch is counted from the start of the order; a page after a row is left to H2's plan.
                return fetch.ids(query(page, where, null, DSL.noCondition()));
            }
            Optional<Condition> within = firstRows(walk.get(), page.sort(), page.descending());
            if (within.isPresent()) {
                List<Long> ids = fetch.ids(query(page, where, walk.get().index(), within.get()));
                // A full page within the stretch is exactly the page; a short one leaves it to H2's plan.
                return ids.size() == page.limit() ? ids : fetch.ids(query(page, where, null, DSL.noCondition()));
            }
        }
        return fetch.ids(query(page, where, walk.map(SortIndexWalk.Walk::index).orElse(null), DSL.noCondition()));
    }

    private Select<Record1<Long>> query(Wanted page, ReviewWhere where, String index, Condition within) {
        Table<?> receivable = index == null ? RECEIVABLE
                : index.isEmpty() ? RECEIVABLE.useIndex() : RECEIVABLE.useIndex(index);
        SelectJoinStep<Record1<Long>> from = dsl.select(RECEIVABLE.ID).from(receivable);
        if (where.readsScanRow()) {
            from = from.leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID));
        }
        if (page.sort() == ReviewSort.SUPPLIER) {
            from = from.join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID));
        } else if (page.sort() == ReviewSort.DEBTOR) {
            from = from.join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID));
        }
        var ordered = from.where(where.condition()).and(within)
                .orderBy(sortFields(page.sort(), page.descending()));
        if (page.after() == null) {
            return ordered.limit(page.limit()).offset(page.offset());
        }
        return ordered.seek(seekValues(page.sort(), page.after().receivable())).limit(page.limit());
    }

    /**
     * The first {@code walk.tryRows()} receivables of the sort order as a range of its index (the key's bound
     * lets H2 stop there), found by reading only that index; none when the table is no longer than that.
     */
    @SuppressWarnings("unchecked")
    private Optional<Condition> firstRows(SortIndexWalk.Walk walk, ReviewSort sort, boolean descending) {
        Field<Object> key = (Field<Object>) SortIndexWalk.sortColumn(sort);
        Table<?> receivable = walk.index().isEmpty() ? RECEIVABLE.useIndex() : RECEIVABLE.useIndex(walk.index());
        Record2<Object, Long> last = dsl.select(key, RECEIVABLE.ID).from(receivable)
                .orderBy(sortFields(sort, descending)).limit(1).offset(walk.tryRows()).fetchOne();
        if (last == null) {
            return Optional.empty();
        }
        if (key.equals(RECEIVABLE.ID)) {
            return Optional.of(descending ? RECEIVABLE.ID.ge(last.value2()) : RECEIVABLE.ID.le(last.value2()));
        }
        Object bound = last.value1();
        return Optional.of(descending
                ? key.ge(bound).and(key.gt(bound).or(RECEIVABLE.ID.ge(last.value2())))
                : key.le(bound).and(key.lt(bound).or(RECEIVABLE.ID.le(last.value2()))));
    }

    /**
     * The whole desk by a party's name is walked party by party (see {@link PartyOrderWalk}) instead of
     * joined and sorted: ORDER BY name over a join sorts the million for every page (about a second).
     */
    private static Optional<PartyOrderWalk> partyWalk(ReviewFilter filter, ReviewSort sort, boolean descending) {
        if (!filter.equals(ReviewFilter.none())) {
            return Optional.empty();
        }
        return switch (sort) {
            case SUPPLIER -> Optional.of(new PartyOrderWalk(PartyOrderWalk.Side.SUPPLIER, descending));
            case DEBTOR -> Optional.of(new PartyOrderWalk(PartyOrderWalk.Side.DEBTOR, descending));
            default -> Optional.empty();
        };
    }

    /**
     * A failed rule, one supplier or one debtor as the only filter, in an indexed order: see
     * {@link KnownIdsWalk}.
     */
    private static Optional<List<Long>> knownIds(Connection connection, Wanted page) throws SQLException {
        ReviewFilter filter = page.filter();
        ReviewFilter none = ReviewFilter.none();
        Optional<KnownIdsWalk> walk = KnownIdsWalk.in(page.sort(), page.descending());
        if (walk.isEmpty()) {
            return Optional.empty();
        }
        if (filter.reason() != null && filter.equals(none.withEligibility(EligibilityFilter.ALL, filter.reason()))) {
            return walk.get().failed(connection, filter.reason(), page.offset(), page.limit());
        }
        if (filter.supplierId() != null && filter.equals(none.withSupplier(filter.supplierId()))) {
            return walk.get().ofParty(connection, "supplier_id", filter.supplierId(), page.offset(), page.limit());
        }
        if (filter.debtorId() != null && filter.equals(none.withDebtor(filter.debtorId()))) {
            return walk.get().ofParty(connection, "debtor_id", filter.debtorId(), page.offset(), page.limit());
        }
        return Optional.empty();
    }

    private static String partyName(ReviewSort sort, ReviewRow after) {
        if (after == null) {
            return null;
        }
        return sort == ReviewSort.SUPPLIER ? after.receivable().supplierName() : after.receivable().debtorName();
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

    private static List<SortField<?>> sortFields(ReviewSort sort, boolean descending) {
        Field<?> column = switch (sort) {
            case SUPPLIER -> SUPPLIER_PARTY.NAME_ZH;
            case DEBTOR -> DEBTOR_PARTY.NAME_ZH;
            default -> SortIndexWalk.sortColumn(sort);
        };
        List<SortField<?>> fields = new ArrayList<>(2);
        fields.add(descending ? column.desc() : column.asc());
        if (column != RECEIVABLE.ID) {
            fields.add(descending ? RECEIVABLE.ID.desc() : RECEIVABLE.ID.asc());
        }
        return fields;
    }
}
