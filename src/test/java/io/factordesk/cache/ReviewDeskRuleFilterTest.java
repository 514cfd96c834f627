package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.testing.CacheFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failed-rule filter reads the stored bitmask (looked up by id, tested row by row, or walked over the
 * sort index); every way must keep exactly the receivables whose stored rule names list the rule.
 */
class ReviewDeskRuleFilterTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final List<EligibilityRule> SOME = List.of(EligibilityRule.PAST_DUE, EligibilityRule.CONCENTRATION,
            EligibilityRule.REGULATORY_CONCENTRATION, EligibilityRule.NOT_OPEN, EligibilityRule.DEBTOR_OVER_LIMIT);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private ReviewDeskRepository desk;
    private long supplier;
    /** The stored rule names of every scanned receivable; absent when not scanned. */
    private final Map<Long, String> storedRules = new HashMap<>();

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        long other = fixture.supplier(fixture.newUscc(), "宁波永泰包装材料有限公司");
        long debtor = fixture.debtor("核心企业集团有限公司", true, true, null);
        Random random = new Random(20261127);
        LocalDateTime scannedAt = LocalDateTime.of(2026, 6, 1, 10, 0);
        for (int i = 0; i < 60; i++) {
            // Few distinct amounts and due dates: ties in the sort order are broken by id.
            long id = fixture.receivable(i % 3 == 0 ? other : supplier, debtor, String.valueOf(1000 + 100 * (i % 7)),
                    ISSUED, ISSUED.plusDays(30 + i % 11), i % 5 == 0 ? ReceivableStatus.PAID : ReceivableStatus.OPEN);
            if (i % 13 == 7) {
                continue;
            }
            List<EligibilityRule> failed = new ArrayList<>();
            for (EligibilityRule rule : SOME) {
                if (random.nextInt(3) == 0) {
                    failed.add(rule);
                }
            }
            String rules = failed.isEmpty() ? null : String.join(",", failed.stream().map(Enum::name).toList());
            cache.dsl().insertInto(RECEIVABLE_ELIGIBILITY)
                    .set(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID, id)
                    .set(RECEIVABLE_ELIGIBILITY.AS_OF, LocalDate.of(2026, 6, 1))
                    .set(RECEIVABLE_ELIGIBILITY.ELIGIBLE, failed.isEmpty())
                    .set(RECEIVABLE_ELIGIBILITY.RULES, rules)
                    .set(RECEIVABLE_ELIGIBILITY.FAILED_RULES, FailedRuleBits.of(failed))
                    .set(RECEIVABLE_ELIGIBILITY.SCANNED_AT, scannedAt)
                    .execute();
            storedRules.put(id, rules == null ? "" : rules);
        }
        desk = new ReviewDeskRepository(cache.dsl());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void everySortAndPageKeepsTheReceivablesWhoseStoredNamesListTheRule() {
        for (EligibilityRule rule : EligibilityRule.values()) {
            for (ReviewSort sort : ReviewSort.values()) {
                for (boolean descending : List.of(false, true)) {
                    List<Long> expected = byText(ReviewFilter.none(), rule, sort, descending);
                    for (int[] page : new int[][] {{0, 2}, {0, 3}, {3, 3}, {5, 4}, {0, 200}, {40, 5}}) {
                        ReviewFilter filter = ReviewFilter.none().withEligibility(EligibilityFilter.ALL, rule);
                        List<Long> ids = ids(desk.page(new ReviewPageRequest(filter, sort, descending, page[0],
                                page[1])).rows());
                        assertThat(ids).as("%s by %s desc=%s at %d+%d", rule, sort, descending, page[0], page[1])
                                .isEqualTo(slice(expected, page[0], page[1]));
                    }
                }
            }
        }
    }

    @Test
    void withOtherFiltersKeysetPagesAndTotalsTheRuleKeepsTheSameReceivables() {
        for (EligibilityRule rule : SOME) {
            ReviewFilter ofSupplier = ReviewFilter.none().withSupplier(supplier)
                    .withEligibility(EligibilityFilter.INELIGIBLE, rule);
            assertThat(ids(desk.page(new ReviewPageRequest(ofSupplier, ReviewSort.DUE_DATE, false, 0, 200)).rows()))
                    .isEqualTo(byText(ReviewFilter.none().withSupplier(supplier), rule, ReviewSort.DUE_DATE, false));

            ReviewFilter alone = ReviewFilter.none().withEligibility(EligibilityFilter.ALL, rule);
            List<Long> walked = new ArrayList<>();
            ReviewRow last = null;
            List<ReviewRow> page;
            do {
                page = desk.pageAfter(alone, ReviewSort.FACE_AMOUNT, true, last, 3);
                walked.addAll(ids(page));
                last = page.isEmpty() ? last : page.get(page.size() - 1);
            } while (page.size() == 3);
            assertThat(walked).isEqualTo(byText(ReviewFilter.none(), rule, ReviewSort.FACE_AMOUNT, true));

            assertThat(desk.sums(alone).count()).isEqualTo(byText(ReviewFilter.none(), rule, ReviewSort.ID, false)
                    .size());
        }
    }

    @Test
    void testingTheBitRowByRowKeepsWhatLookingUpByIdKeeps() {
        for (EligibilityRule rule : EligibilityRule.values()) {
            List<Long> tested = cache.dsl().select(RECEIVABLE.ID).from(RECEIVABLE)
                    .leftJoin(RECEIVABLE_ELIGIBILITY).on(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(RECEIVABLE.ID))
                    .where(ReviewConditions.failed(cache.dsl(), rule, 0).condition()).orderBy(RECEIVABLE.ID)
                    .fetch(RECEIVABLE.ID);
            List<Long> lookedUp = cache.dsl().select(RECEIVABLE.ID).from(RECEIVABLE)
                    .where(ReviewConditions.failed(cache.dsl(), rule, ReviewConditions.FEW).condition())
                    .orderBy(RECEIVABLE.ID).fetch(RECEIVABLE.ID);
            assertThat(tested).as(rule.name()).isEqualTo(lookedUp)
                    .isEqualTo(byText(ReviewFilter.none(), rule, ReviewSort.ID, false));
        }
    }

    /** The desk's unfiltered order (or another filter's), kept where the stored names list the rule. */
    private List<Long> byText(ReviewFilter filter, EligibilityRule rule, ReviewSort sort, boolean descending) {
        List<Long> all = ids(desk.page(new ReviewPageRequest(filter, sort, descending, 0, 1000)).rows());
        return all.stream().filter(id -> ("," + storedRules.getOrDefault(id, "") + ",")
                .contains("," + rule.name() + ",")).toList();
    }

    private static List<Long> slice(List<Long> ids, int offset, int limit) {
        return ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + limit));
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(r -> r.receivable().id()).toList();
    }
}
