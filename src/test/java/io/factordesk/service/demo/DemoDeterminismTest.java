package io.factordesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.app.AppContext;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.EligibilityScanService;
import io.factordesk.service.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDeterminismTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final DemoSpec SPEC = new DemoSpec(12, 1_500, 99L);

    @TempDir
    Path first;
    @TempDir
    Path second;

    static AppContext open(Path folder, Instant now) {
        return new AppContext(folder, Clock.fixed(now, ZoneOffset.UTC));
    }

    static String build(Path folder, DemoSpec spec, LocalDate asOf) throws Exception {
        try (AppContext context = open(folder, Instant.parse("2026-11-27T10:00:00Z"))) {
            context.demoPortfolio().rebuildAsOf(spec, asOf, ProgressListener.NONE);
            return PortfolioFingerprint.of(context.cache().dsl());
        }
    }

    @Test
    void theSameSeedSizesAndDateGiveTheSameRowsInTwoFolders() throws Exception {
        assertThat(build(first, SPEC, AS_OF)).isEqualTo(build(second, SPEC, AS_OF));
    }

    @Test
    void aRebuildOverAnExistingPortfolioGivesTheSameRowsAsAFreshOne() throws Exception {
        build(first, new DemoSpec(7, 400, 1L), AS_OF);
        assertThat(build(first, SPEC, AS_OF)).isEqualTo(build(second, SPEC, AS_OF));
    }

    @Test
    void anotherSeedOrAnotherDateGivesAnotherPortfolio() throws Exception {
        String reference = build(first, SPEC, AS_OF);
        assertThat(build(second, new DemoSpec(12, 1_500, 100L), AS_OF)).isNotEqualTo(reference);
        assertThat(build(second, SPEC, AS_OF.plusDays(1))).isNotEqualTo(reference);
    }

    @Test
    void rebuildWithoutADateAnchorsAtTheClocksToday() {
        try (AppContext context = open(first, Instant.parse("2026-03-15T23:30:00Z"))) {
            Map<String, Long> counts = context.demoPortfolio().rebuild(new DemoSpec(3, 50, 5L), ProgressListener.NONE);
            assertThat(counts).containsEntry("receivable", 50L).containsEntry("supplier", 3L);
            var latest = context.portfolio().receivables(io.factordesk.domain.ReceivableQuery.firstPage(1)
                    .sortedBy(io.factordesk.domain.ReceivableQuery.SortColumn.ISSUE_DATE, true)).rows().get(0);
            assertThat(latest.issueDate()).isBeforeOrEqualTo(LocalDate.of(2026, 3, 15));
        }
    }

    @Test
    void progressNamesEachStageAndCountsEveryReceivable() {
        List<String> stages = new ArrayList<>();
        long[] lastReceivables = {-1};
        ProgressListener recorder = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                    stages.add(stage);
                }
                if (stage.equals(DemoStages.RECEIVABLES)) {
                    assertThat(done).isGreaterThanOrEqualTo(lastReceivables[0]).isLessThanOrEqualTo(total);
                    lastReceivables[0] = done;
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (AppContext context = open(first, Instant.parse("2026-11-27T10:00:00Z"))) {
            context.demoPortfolio().rebuildAsOf(new DemoSpec(10, 12_000, 3L), AS_OF, recorder);

            var notScanned = ReviewFilter.none().withEligibility(EligibilityFilter.NOT_SCANNED, null);
            assertThat(context.reviewDesk().totals(notScanned).count()).as("the demo opens scanned").isZero();
            assertThat(context.reviewDesk().totals(ReviewFilter.none()).eligibleCount()).isPositive();
        }
        assertThat(stages).containsExactly(DemoStages.CLEARING, DemoStages.OFFICERS, DemoStages.PARTIES,
                DemoStages.RECEIVABLES, DemoStages.INDEXING, EligibilityScanService.STAGE_EVALUATING,
                EligibilityScanService.STAGE_WRITING,
                DemoStages.DONE);
        assertThat(lastReceivables[0]).isEqualTo(12_000);
    }

    @Test
    void cancellingLeavesAnEmptyConsistentCache() {
        List<String> seen = new ArrayList<>();
        ProgressListener cancelAfterFirstBatch = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                seen.add(stage + ":" + done);
            }

            @Override
            public boolean isCancelled() {
                return seen.contains(DemoStages.RECEIVABLES + ":5000");
            }
        };
        try (AppContext context = open(first, Instant.parse("2026-11-27T10:00:00Z"))) {
            context.demoPortfolio().rebuildAsOf(new DemoSpec(4, 100, 1L), AS_OF, ProgressListener.NONE);
            assertThatThrownBy(() -> context.demoPortfolio().rebuildAsOf(new DemoSpec(10, 20_000, 3L), AS_OF,
                    cancelAfterFirstBatch)).isInstanceOf(CancellationException.class);
            assertThat(context.portfolio().status().rowCounts().values()).containsOnly(0L);
            assertThat(context.demoPortfolio().rebuildAsOf(SPEC, AS_OF, ProgressListener.NONE).rowCounts())
                    .containsEntry("receivable", 1_500L);
        }
    }
}
