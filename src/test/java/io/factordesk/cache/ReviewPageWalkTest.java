package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.testing.CacheFixture;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walking the sort order's index, whole or over a first stretch that may fall short, finds exactly the page
 * H2's own plan finds, for every filter, sort, direction and offset; and a walk over an index a bulk import
 * has dropped falls back to H2's plan.
 */
class ReviewPageWalkTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int LIMIT = 40;

    private CacheDatabase cache;
    private DSLContext dsl;
    private final List<Long> suppliers = new ArrayList<>();
    private final List<Long> debtors = new ArrayList<>();

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.inMemory("page-walk-" + System.nanoTime());
        dsl = cache.dsl();
        CacheFixture fixture = new CacheFixture(dsl);
        for (int i = 0; i < 3; i++) {
            suppliers.add(fixture.supplier(fixture.newUscc(), "供应商" + i));
        }
        for (int i = 0; i < 5; i++) {
            debtors.add(fixture.debtor("买方" + i, true, true, null));
        }
        Random random = new Random(20261127);
        // One supplier's file after another (suppliers sit together in id order), debtors mixed; older
        // receivables are mostly paid, so status and the dates go together as they do on a real book.
        for (long supplier : suppliers) {
            for (int i = 0; i < 500; i++) {
                LocalDate issued = START.plusDays(random.nextInt(700));
                int age = (int) (LocalDate.of(2025, 12, 1).toEpochDay() - issued.toEpochDay());
                ReceivableStatus status = age > 120 && random.nextInt(10) > 0 ? ReceivableStatus.PAID
                        : random.nextInt(20) == 0 ? ReceivableStatus.HELD : ReceivableStatus.OPEN;
                String face = String.valueOf(1_000 * (1 + random.nextInt(300)));
                fixture.receivable(supplier, debtors.get(random.nextInt(debtors.size())), face, issued,
                        issued.plusDays(30 + random.nextInt(4) * 30), status);
            }
        }
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void everyWayOfFindingAPageFindsTheSamePage() throws SQLException {
        Map<String, ReviewPageIds> ways = new LinkedHashMap<>();
        ways.put("H2's plan", new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) -> Optional.empty()));
        ways.put("whole walk", new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) ->
                SortIndexWalk.indexOf(sort).map(index -> new SortIndexWalk.Walk(index, 0))));
        ways.put("short stretch", new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) ->
                SortIndexWalk.indexOf(sort).map(index -> new SortIndexWalk.Walk(index, 30))));
        ways.put("long stretch", new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) ->
                SortIndexWalk.indexOf(sort).map(index -> new SortIndexWalk.Walk(index, 900))));
        ways.put("planned", new ReviewPageIds(dsl));
        int pagesCompared = 0;
        try (Connection connection = cache.dataSource().getConnection()) {
            for (ReviewFilter filter : filters()) {
                for (ReviewSort sort : ReviewSort.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        for (int offset : new int[] {0, 40, 400}) {
                            var wanted = new ReviewPageIds.Wanted(filter, sort, descending, null, offset, LIMIT);
                            List<Long> expected = plainSql(filter, sort, descending, offset);
                            for (Map.Entry<String, ReviewPageIds> way : ways.entrySet()) {
                                assertThat(way.getValue().find(connection, wanted, query -> query.fetch(RECEIVABLE.ID)))
                                        .as("%s: %s by %s %s from %d", way.getKey(), filter, sort,
                                                descending ? "desc" : "asc", offset)
                                        .isEqualTo(expected);
                            }
                            pagesCompared += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(pagesCompared).as("pages with rows").isGreaterThan(300);
    }

    @Test
    void pagesAfterARowFollowOnFromTheOffsetPages() {
        ReviewDeskRepository desk = new ReviewDeskRepository(dsl);
        for (ReviewFilter filter : filters()) {
            for (ReviewSort sort : List.of(ReviewSort.ISSUE_DATE, ReviewSort.DUE_DATE, ReviewSort.STATUS)) {
                List<ReviewRow> byOffset = desk.page(new ReviewPageRequest(filter, sort, false, 0, 3 * LIMIT)).rows();
                List<ReviewRow> byKey = new ArrayList<>();
                ReviewRow last = null;
                for (int page = 0; page < 3; page++) {
                    List<ReviewRow> rows = desk.pageAfter(filter, sort, false, last, LIMIT);
                    byKey.addAll(rows);
                    last = rows.isEmpty() ? last : rows.get(rows.size() - 1);
                }
                assertThat(ids(byKey)).as("%s by %s", filter, sort).isEqualTo(ids(byOffset));
            }
        }
    }

    @Test
    void aWalkOverAnIndexABulkImportHasDroppedIsAnsweredByH2sPlan() throws SQLException {
        ReviewFilter openOnes = ReviewFilter.none().withStatus(ReceivableStatus.OPEN);
        var wanted = new ReviewPageIds.Wanted(openOnes, ReviewSort.ISSUE_DATE, false, null, 0, LIMIT);
        try (Connection connection = cache.dataSource().getConnection()) {
            List<Long> expected = new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) -> Optional.empty())
                    .find(connection, wanted, query -> query.fetch(RECEIVABLE.ID));
            dsl.execute("DROP INDEX ix_receivable_issue");

            List<Long> found = new ReviewPageIds(dsl, (d, f, w, sort, desc, offset, limit) ->
                    Optional.of(new SortIndexWalk.Walk("ix_receivable_issue", 0)))
                    .find(connection, wanted, query -> query.fetch(RECEIVABLE.ID));

            assertThat(found).hasSize(LIMIT).isEqualTo(expected);
        }
    }

    @Test
    void thePlanWalksWhereTheSampleSaysItIsCheaperAndLeavesSelectiveFiltersToH2() {
        ReviewFilter amounts = ReviewFilter.none().withAmount(new BigDecimal("10000"), new BigDecimal("290000"));
        assertThat(plan(amounts, ReviewSort.ISSUE_DATE)).hasValueSatisfying(walk -> {
            assertThat(walk.index()).isEqualTo("ix_receivable_issue");
            assertThat(walk.tryRows()).isZero();
        });
        assertThat(plan(amounts, ReviewSort.ID)).map(SortIndexWalk.Walk::index).hasValue("");
        ReviewFilter held = ReviewFilter.none().withStatus(ReceivableStatus.HELD);
        assertThat(plan(held, ReviewSort.DUE_DATE)).as("a rare status is looked up by H2").isEmpty();
        ReviewFilter lastMonth = ReviewFilter.none().withIssued(START.plusDays(680), START.plusDays(700));
        assertThat(plan(lastMonth, ReviewSort.DUE_DATE)).as("the matches are all at the end of the order").isEmpty();
        assertThat(plan(ReviewFilter.none(), ReviewSort.DUE_DATE)).as("H2 walks the index itself").isEmpty();
        assertThat(plan(amounts, ReviewSort.SUPPLIER)).as("no index holds a party's name").isEmpty();
    }

    /** The page as one plain ORDER BY ... LIMIT ... OFFSET over the whole join, no hint, no walk. */
    private List<Long> plainSql(ReviewFilter filter, ReviewSort sort, boolean descending, int offset) {
        ReviewWhere where = ReviewConditions.of(dsl, filter);
        Field<?> key = switch (sort) {
            case SUPPLIER -> ReviewPageIds.SUPPLIER_PARTY.NAME_ZH;
            case DEBTOR -> ReviewPageIds.DEBTOR_PARTY.NAME_ZH;
            default -> SortIndexWalk.sortColumn(sort);
        };
        return dsl.select(RECEIVABLE.ID).from(RECEIVABLE)
                .join(ReviewPageIds.SUPPLIER_PARTY).on(ReviewPageIds.SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .join(ReviewPageIds.DEBTOR_PARTY).on(ReviewPageIds.DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID))
                .where(where.condition())
                .orderBy(descending ? key.desc() : key.asc(), descending ? RECEIVABLE.ID.desc() : RECEIVABLE.ID.asc())
                .limit(LIMIT).offset(offset)
                .fetch(RECEIVABLE.ID);
    }

    private Optional<SortIndexWalk.Walk> plan(ReviewFilter filter, ReviewSort sort) {
        return SortIndexWalk.plan(dsl, filter, ReviewConditions.of(dsl, filter), sort, false, 0, LIMIT);
    }

    private List<ReviewFilter> filters() {
        ReviewFilter none = ReviewFilter.none();
        BigDecimal from = new BigDecimal("50000");
        BigDecimal to = new BigDecimal("200000");
        return List.of(
                none.withSupplier(suppliers.get(1)),
                none.withDebtor(debtors.get(2)),
                none.withStatus(ReceivableStatus.OPEN),
                none.withStatus(ReceivableStatus.HELD),
                none.withAmount(from, to),
                none.withAmount(null, from),
                none.withIssued(START.plusDays(600), null),
                none.withDue(START.plusDays(100), START.plusDays(300)),
                none.withDebtor(debtors.get(0)).withAmount(from, to),
                none.withSupplier(suppliers.get(0)).withStatus(ReceivableStatus.OPEN),
                none.withEligibility(EligibilityFilter.NOT_SCANNED, null).withAmount(from, null),
                none.withText("供应商2"));
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(row -> row.receivable().id()).toList();
    }
}
