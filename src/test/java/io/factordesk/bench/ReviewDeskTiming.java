package io.factordesk.bench;

import io.factordesk.app.AppContext;
import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.ReviewDeskService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The review desk over a large cache: filter + sort + first page of 200 through the service, side by side
 * with the same SQL over plain JDBC (rows read column by column, no mapping), the totals query, deep
 * pages by offset and by keyset, and the heap after scrolling. Args: data folder (a copy: the first run
 * scans eligibility into it), rounds, and optionally part of a scenario's name to run only those (no scrolling).
 */
public final class ReviewDeskTiming {

    private static final int PAGE = 200;

    private ReviewDeskTiming() {
    }

    public static void main(String[] args) throws SQLException {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String only = args.length > 2 ? args[2] : null;
        try (AppContext context = new AppContext(folder, Clock.systemUTC())) {
            ensureScanned(context);
            ReviewDeskService desk = context.reviewDesk();
            ReviewDeskRepository repository = new ReviewDeskRepository(context.cache().dsl());
            var sample = desk.page(new ReviewPageRequest(ReviewFilter.none(), ReviewSort.ID, false, 123_456, 1)).rows()
                    .get(0).receivable();
            long supplier = sample.supplierId();
            long debtor = desk.debtors().get(0).id();
            System.out.printf("%-58s %9s %9s %7s %9s %9s %9s %9s %7s%n", "page of 200 (median of pages 11-50)",
                    "service", "raw SQL", "ratio", "rows", "totals", "page 1", "raw", "ratio");
            for (Map.Entry<String, ReviewPageRequest> scenario : scenarios(supplier, debtor, sample.invoiceNo(), sample.contractRef())
                    .entrySet()) {
                if (only != null && !scenario.getKey().contains(only)) {
                    continue;
                }
                ReviewPageRequest request = scenario.getValue();
                // Service and plain JDBC take turns, each on pages of its own near the top: H2 reuses the
                // result of a command re-run unchanged, and the machine's load drifts; both would flatter
                // whichever path ran second or repeated itself.
                List<Double> service = new ArrayList<>();
                List<Double> raw = new ArrayList<>();
                int warmUp = Math.max(2, rounds / 4);
                for (int turn = 0; turn < 2 * (rounds + warmUp); turn++) {
                    ReviewPageRequest page = request.at(turn * PAGE);
                    long started = System.nanoTime();
                    if (turn % 2 == 0) {
                        desk.page(page);
                    } else {
                        rawPage(context.cache().dataSource(), repository, page);
                    }
                    if (turn >= 2 * warmUp) {
                        (turn % 2 == 0 ? service : raw).add((System.nanoTime() - started) / 1e6);
                    }
                }
                double serviceMs = median(service);
                double rawMs = median(raw);
                int count = desk.page(request).rows().size();
                double totals = median(3, () -> (int) desk.totals(request.filter()).count());
                // Page 1 itself, each time after a change to the receivable table so that H2 cannot hand back
                // the result of the same statement run before (a no-op update of one row, in autocommit).
                List<Double> firstService = new ArrayList<>();
                List<Double> firstRaw = new ArrayList<>();
                for (int turn = 0; turn < 2 * rounds; turn++) {
                    touch(context.cache().dataSource(), sample.id());
                    long started = System.nanoTime();
                    if (turn % 2 == 0) {
                        desk.page(request);
                    } else {
                        rawPage(context.cache().dataSource(), repository, request);
                    }
                    (turn % 2 == 0 ? firstService : firstRaw).add((System.nanoTime() - started) / 1e6);
                }
                System.out.printf("%-58s %7.1f ms %7.1f ms %6.2fx %9d %7.0f ms %7.1f ms %7.1f ms %6.2fx%n",
                        scenario.getKey(), serviceMs, rawMs, serviceMs / rawMs, count, totals, median(firstService),
                        median(firstRaw), median(firstService) / median(firstRaw));
            }
            if (only == null) {
                scroll(desk, repository, rounds);
            }
        }
    }

    private static Map<String, ReviewPageRequest> scenarios(long supplier, long debtor, String invoiceNo,
                                                              String contractRef) {
        Map<String, ReviewPageRequest> scenarios = new LinkedHashMap<>();
        ReviewFilter none = ReviewFilter.none();
        scenarios.put("no filter, by id", request(none, ReviewSort.ID, false));
        scenarios.put("no filter, by due date desc", request(none, ReviewSort.DUE_DATE, true));
        scenarios.put("no filter, by face amount desc", request(none, ReviewSort.FACE_AMOUNT, true));
        scenarios.put("one supplier, by face amount desc", request(none.withSupplier(supplier), ReviewSort.FACE_AMOUNT,
                true));
        scenarios.put("one debtor + amount 10k-500k, by issue date",
                request(none.withDebtor(debtor).withAmount(new BigDecimal("10000"), new BigDecimal("500000")),
                        ReviewSort.ISSUE_DATE, false));
        scenarios.put("ineligible, by due date", request(none.withEligibility(EligibilityFilter.INELIGIBLE, null),
                ReviewSort.DUE_DATE, false));
        scenarios.put("failed PAST_DUE, by due date", request(none.withEligibility(EligibilityFilter.ALL,
                EligibilityRule.PAST_DUE), ReviewSort.DUE_DATE, false));
        scenarios.put("eligible, due in a month, by face desc", request(none.withEligibility(EligibilityFilter.ELIGIBLE,
                null).withDue(LocalDate.now(), LocalDate.now().plusDays(30)), ReviewSort.FACE_AMOUNT, true));
        scenarios.put("text: part of a supplier's name, by id", request(none.withText("精密"), ReviewSort.ID, false));
        scenarios.put("text: an invoice number, by id", request(none.withText(invoiceNo), ReviewSort.ID, false));
        scenarios.put("text: a contract reference, by due date", request(none.withText(contractRef), ReviewSort.DUE_DATE,
                false));
        scenarios.put("no filter, by supplier name", request(none, ReviewSort.SUPPLIER, false));
        scenarios.put("no filter, by issue date", request(none, ReviewSort.ISSUE_DATE, false));
        scenarios.put("no filter, by status", request(none, ReviewSort.STATUS, false));
        BigDecimal from = new BigDecimal("10000");
        BigDecimal to = new BigDecimal("500000");
        scenarios.put("amount 10k-500k, by id", request(none.withAmount(from, to), ReviewSort.ID, false));
        scenarios.put("amount 10k-500k, by issue date", request(none.withAmount(from, to), ReviewSort.ISSUE_DATE,
                false));
        scenarios.put("status OPEN, by due date", request(none.withStatus(ReceivableStatus.OPEN), ReviewSort.DUE_DATE,
                false));
        scenarios.put("status HELD, by due date", request(none.withStatus(ReceivableStatus.HELD), ReviewSort.DUE_DATE,
                false));
        scenarios.put("one debtor, by due date", request(none.withDebtor(debtor), ReviewSort.DUE_DATE, false));
        scenarios.put("one debtor, by face amount desc", request(none.withDebtor(debtor), ReviewSort.FACE_AMOUNT,
                true));
        scenarios.put("one supplier, by issue date", request(none.withSupplier(supplier), ReviewSort.ISSUE_DATE,
                false));
        scenarios.put("issued in one month, by due date", request(none.withIssued(LocalDate.now().minusMonths(2),
                LocalDate.now().minusMonths(1)), ReviewSort.DUE_DATE, false));
        return scenarios;
    }

    private static ReviewPageRequest request(ReviewFilter filter, ReviewSort sort, boolean descending) {
        return new ReviewPageRequest(filter, sort, descending, 0, PAGE);
    }

    /** Pages 1..N as the pager steps through them, the last page by offset, and the same depth by keyset. */
    private static void scroll(ReviewDeskService desk, ReviewDeskRepository repository, int rounds) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ReviewPageRequest first = new ReviewPageRequest(ReviewFilter.none(), ReviewSort.DUE_DATE, false, 0, PAGE);
        long total = desk.totals(ReviewFilter.none()).count();
        long started = System.nanoTime();
        int pages = 500;
        for (int page = 0; page < pages; page++) {
            desk.page(first.at(page * PAGE));
        }
        double perPage = (System.nanoTime() - started) / 1e6 / pages;
        int lastOffset = (int) ((total - 1) / PAGE * PAGE);
        double last = median(Math.max(3, rounds / 5), () -> desk.page(first.at(lastOffset)).rows().size());
        ReviewRow row = null;
        long seekStarted = System.nanoTime();
        for (int page = 0; page < pages; page++) {
            List<ReviewRow> rows = repository.pageAfter(ReviewFilter.none(), ReviewSort.DUE_DATE, false, row, PAGE);
            row = rows.get(rows.size() - 1);
        }
        double perSeek = (System.nanoTime() - seekStarted) / 1e6 / pages;
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("scrolling by due date: pages 1-%d by offset %.1f ms/page; last page (offset %d) %.1f ms;"
                        + " pages 1-%d by keyset %.1f ms/page; heap after GC %d MB (max %d MB)%n", pages, perPage,
                lastOffset, last, pages, perSeek, heap >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private static void ensureScanned(AppContext context) {
        long scanned = context.cache().dsl().fetchCount(io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY);
        if (scanned == 0) {
            long started = System.nanoTime();
            context.eligibilityScan().scanAll(LocalDate.now(context.clock()), ProgressListener.NONE);
            System.out.printf("eligibility scan written first: %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The same statements the repository runs (rendered by jOOQ, or the repository's own walk over plain
     * JDBC), executed and read over plain JDBC.
     */
    private static void rawPage(DataSource pool, ReviewDeskRepository repository, ReviewPageRequest page) {
        // A connection per page, as the service takes one: on a connection kept for the whole run H2 hands back
        // the result of a statement re-run with the same parameters (the walks' lookups of failed ids, party
        // lists and counts repeat unchanged from page to page), which flattered this path by 20-30 ms.
        try (Connection jdbc = pool.getConnection()) {
            List<Long> ids = repository.pageIds(jdbc, page);
            if (!ids.isEmpty()) {
                String rowsSql = repository.rowsQuery(ids).getSQL();
                raw(jdbc, rowsSql, ids.toArray());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes nothing, but counts as a change of the receivable table for H2's cache of results. */
    private static void touch(DataSource pool, long receivableId) {
        try (Connection jdbc = pool.getConnection();
             PreparedStatement update = jdbc.prepareStatement("UPDATE receivable SET version = version WHERE id = ?")) {
            update.setLong(1, receivableId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int raw(Connection jdbc, String sql, Object[] binds) {
        try (PreparedStatement statement = jdbc.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(int rounds, Supplier<Integer> work) {
        for (int i = 0; i < Math.max(2, rounds / 4); i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - started) / 1e6);
        }
        return median(times);
    }

    private static double median(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
