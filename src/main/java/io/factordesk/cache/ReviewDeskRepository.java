package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.cache.jooq.tables.Party;
import io.factordesk.domain.DebtorChoice;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPage;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.domain.review.ScanMark;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The review desk's view of the cache: receivables joined to their latest scan result, filtered,
 * sorted and paged in H2, and totals of the filtered set in one aggregate query.
 */
public final class ReviewDeskRepository {

    private static final Party SUPPLIER_PARTY = ReviewPageIds.SUPPLIER_PARTY;
    private static final Party DEBTOR_PARTY = ReviewPageIds.DEBTOR_PARTY;

    /** The figures of a filtered set, before the advance rate is applied. */
    public record Sums(long count, BigDecimal faceAmount, long eligibleCount, BigDecimal eligibleAmount) {
    }

    /** One receivable with its stored scan result; details holds one line per failed rule. */
    public record ScannedReceivable(Receivable receivable, ScanMark mark, String details) {
    }

    private final DSLContext dsl;
    private final ReviewPageIds pageIds;
    private final Map<Integer, String> rowsSql = new ConcurrentHashMap<>();

    public ReviewDeskRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.pageIds = new ReviewPageIds(dsl);
    }

    /**
     * One page in two steps: the ids of the page, found with only the joins the filter and sort need (so
     * H2 can walk an index in sort order and stop after one page), then those rows with names and marks.
     */
    public ReviewPage page(ReviewPageRequest request) {
        List<Long> ids = ids(request.filter(), request.sort(), request.descending(), null, request.offset(),
                request.limit());
        return new ReviewPage(rows(ids), request.offset());
    }

    /**
     * The page after {@code last} in the given order (the first page when last is null), found by seeking
     * past the last row's sort key instead of counting an offset: every page costs the same, however deep.
     */
    public List<ReviewRow> pageAfter(ReviewFilter filter, ReviewSort sort, boolean descending, ReviewRow last,
                                     int limit) {
        return rows(ids(filter, sort, descending, last, 0, limit));
    }

    private List<Long> ids(ReviewFilter filter, ReviewSort sort, boolean descending, ReviewRow after, int offset,
                           int limit) {
        var wanted = new ReviewPageIds.Wanted(filter, sort, descending, after, offset, limit);
        return dsl.connectionResult(connection -> pageIds.find(connection, wanted,
                query -> query.fetch(RECEIVABLE.ID)));
    }

    /**
     * The ids of a page found with the same statements as {@link #page}, run over the given connection
     * without jOOQ: for benchmarks comparing the repository with its own SQL.
     */
    public List<Long> pageIds(Connection connection, ReviewPageRequest request) throws SQLException {
        var wanted = new ReviewPageIds.Wanted(request.filter(), request.sort(), request.descending(), null,
                request.offset(), request.limit());
        return pageIds.find(connection, wanted, query -> {
            List<Long> ids = new ArrayList<>(request.limit());
            try (PreparedStatement statement = connection.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getLong(1));
                    }
                }
            }
            return ids;
        });
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

    /**
     * Reads the rows of a page over the connection jOOQ uses, with the SQL jOOQ rendered once per page
     * size: the desk asks for a page on every scroll, sort and filter, and the rendering and record
     * mapping would otherwise cost half as much again as H2's own work.
     */
    private List<ReviewRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = rowsSql.computeIfAbsent(ids.size(), n -> rowsQuery(Collections.nCopies(n, 0L)).getSQL());
        Map<Long, ReviewRow> byId = dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                Map<Long, ReviewRow> read = new HashMap<>(ids.size() * 2);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        ReviewRow row = ReviewRowReader.row(result);
                        read.put(row.receivable().id(), row);
                    }
                }
                return read;
            }
        });
        List<ReviewRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ReviewRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
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
                .where(ReviewConditions.of(dsl, filter).condition())
                .fetchOne();
        return new Sums(row.get(0, Long.class), row.get(1, BigDecimal.class), row.get(2, Long.class),
                row.get(3, BigDecimal.class));
    }

    public Optional<ScannedReceivable> find(long receivableId) {
        List<ReviewRow> found = rows(List.of(receivableId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String details = dsl.select(RECEIVABLE_ELIGIBILITY.DETAILS).from(RECEIVABLE_ELIGIBILITY)
                .where(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(receivableId)).fetchOne(RECEIVABLE_ELIGIBILITY.DETAILS);
        return Optional.of(new ScannedReceivable(found.get(0).receivable(), found.get(0).mark(), details));
    }

    /** Every debtor, by Chinese name, for the desk's debtor filter. */
    public List<DebtorChoice> debtors() {
        return dsl.select(PARTY.ID, PARTY.NAME_ZH, PARTY.NAME_EN, PARTY.USCC)
                .from(DEBTOR).join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID))
                .orderBy(PARTY.NAME_ZH, PARTY.ID)
                .fetch(r -> new DebtorChoice(r.get(PARTY.ID), r.get(PARTY.NAME_ZH), r.get(PARTY.NAME_EN),
                        Uscc.of(r.get(PARTY.USCC))));
    }

    /** The rows query's columns; {@link ReviewRowReader} reads them by position. */
    private static List<Field<?>> columns() {
        return List.of(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, SUPPLIER_PARTY.NAME_ZH, SUPPLIER_PARTY.NAME_EN,
                SUPPLIER_PARTY.USCC, RECEIVABLE.DEBTOR_ID, DEBTOR_PARTY.NAME_ZH, DEBTOR_PARTY.NAME_EN,
                DEBTOR_PARTY.USCC, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE,
                RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT, RECEIVABLE.CURRENCY, RECEIVABLE.CONTRACT_REF,
                RECEIVABLE.STATUS, RECEIVABLE.PAID_AMOUNT, RECEIVABLE.PAID_ON, RECEIVABLE.DISPUTED,
                RECEIVABLE.CREDIT_NOTE_AMOUNT, RECEIVABLE_ELIGIBILITY.AS_OF, RECEIVABLE_ELIGIBILITY.ELIGIBLE,
                RECEIVABLE_ELIGIBILITY.RULES);
    }
}
