package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.testing.CacheFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unfiltered desk by supplier or debtor name is walked party by party; every page, by offset and by
 * keyset, must be the slice ORDER BY name, id of the joined table gives, ties between parties of the
 * same name included.
 */
class ReviewDeskPartyOrderTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 5, 1);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private ReviewDeskRepository desk;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        // Two suppliers share a name and a third has none of them between: their receivables interleave by id.
        long[] suppliers = {
            fixture.supplier(fixture.newUscc(), "乙方精密机械有限公司"),
            fixture.supplier(fixture.newUscc(), "甲方包装材料有限公司"),
            fixture.supplier(fixture.newUscc(), "乙方精密机械有限公司"),
            fixture.supplier(fixture.newUscc(), "Alpha Trading"),
            fixture.supplier(fixture.newUscc(), "无应收账款供应商"),
        };
        long[] debtors = {
            fixture.debtor("核心企业集团有限公司", true, true, null),
            fixture.debtor("核心企业集团有限公司", true, true, null),
            fixture.debtor("地方国企有限公司", false, true, null),
        };
        for (int i = 0; i < 23; i++) {
            long supplier = suppliers[(i * 7) % 4];
            long debtor = debtors[(i * 5) % 3];
            fixture.receivable(supplier, debtor, String.valueOf(1000 + i), ISSUED, ISSUED.plusDays(60 + i));
        }
        desk = new ReviewDeskRepository(cache.dsl());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void everyOffsetPageIsTheSliceOfTheJoinedOrder() {
        for (ReviewSort sort : List.of(ReviewSort.SUPPLIER, ReviewSort.DEBTOR)) {
            for (boolean descending : List.of(false, true)) {
                List<Long> expected = joinedOrder(sort, descending);
                assertThat(expected).hasSize(23);
                for (int limit : List.of(1, 3, 5, 200)) {
                    for (int offset = 0; offset <= expected.size() + 1; offset++) {
                        List<Long> page = ids(desk.page(new ReviewPageRequest(ReviewFilter.none(), sort, descending,
                                offset, limit)).rows());
                        assertThat(page).as("%s desc=%s offset %d limit %d", sort, descending, offset, limit)
                                .isEqualTo(expected.subList(Math.min(offset, expected.size()),
                                        Math.min(expected.size(), offset + limit)));
                    }
                }
            }
        }
    }

    @Test
    void keysetPagesFollowTheSameOrderAcrossTiedNames() {
        for (ReviewSort sort : List.of(ReviewSort.SUPPLIER, ReviewSort.DEBTOR)) {
            for (boolean descending : List.of(false, true)) {
                for (int limit : List.of(1, 4)) {
                    List<Long> walked = new ArrayList<>();
                    ReviewRow last = null;
                    List<ReviewRow> page;
                    do {
                        page = desk.pageAfter(ReviewFilter.none(), sort, descending, last, limit);
                        walked.addAll(ids(page));
                        last = page.isEmpty() ? last : page.get(page.size() - 1);
                    } while (page.size() == limit);
                    assertThat(walked).as("%s desc=%s limit %d", sort, descending, limit)
                            .isEqualTo(joinedOrder(sort, descending));
                }
            }
        }
    }

    @Test
    void theBenchmarkPathReadsTheSameIds() throws Exception {
        ReviewPageRequest request = new ReviewPageRequest(ReviewFilter.none(), ReviewSort.SUPPLIER, false, 4, 6);
        try (Connection connection = cache.dataSource().getConnection()) {
            assertThat(desk.pageIds(connection, request)).isEqualTo(ids(desk.page(request).rows()));
        }
    }

    /** The order the desk had before the walk: receivable joined to the party, sorted by name then id. */
    private List<Long> joinedOrder(ReviewSort sort, boolean descending) {
        var party = PARTY.as("p");
        Field<Long> partyId = sort == ReviewSort.SUPPLIER ? RECEIVABLE.SUPPLIER_ID : RECEIVABLE.DEBTOR_ID;
        return cache.dsl().select(RECEIVABLE.ID).from(RECEIVABLE).join(party).on(party.ID.eq(partyId))
                .orderBy(descending ? party.NAME_ZH.desc() : party.NAME_ZH.asc(),
                        descending ? RECEIVABLE.ID.desc() : RECEIVABLE.ID.asc())
                .fetch(RECEIVABLE.ID);
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(r -> r.receivable().id()).toList();
    }
}
