package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.cache.jooq.tables.records.ReceivableEligibilityRecord;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.DebtorProfile;
import io.factordesk.domain.eligibility.EligibilityOutcome;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.EligibilityScan;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.eligibility.EligibilitySettings;
import io.factordesk.domain.eligibility.ReceivableBook;
import io.factordesk.domain.eligibility.ReceivableFacts;
import io.factordesk.domain.eligibility.RuleFailure;
import io.factordesk.testing.CacheFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityScanServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private EligibilityService eligibility;
    private EligibilityScanService scans;
    private long good;
    private long pastDue;
    private long unapproved;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        long supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        long core = fixture.debtor("核心企业集团有限公司", true, true, null);
        long notApproved = fixture.debtor("未核准买方有限公司", false, false, null);
        good = fixture.receivable(supplier, core, "100000.00", AS_OF.minusDays(10), AS_OF.plusDays(80));
        fixture.receivable(supplier, core, "50000.00", AS_OF.minusDays(5), AS_OF.plusDays(85));
        pastDue = fixture.receivable(supplier, core, "700.00", AS_OF.minusDays(60), AS_OF.minusDays(3));
        unapproved = fixture.receivable(supplier, notApproved, "9999.00", AS_OF.minusDays(5), AS_OF.plusDays(60));
        eligibility = new EligibilityService(new EligibilityFactsRepository(cache), EligibilitySettings.defaults());
        scans = new EligibilityScanService(new Transactions(cache, CLOCK), eligibility, CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void writesOneRowPerReceivableNamingEveryFailedRule() {
        EligibilityScanCounts counts = scans.scanAll(AS_OF, ProgressListener.NONE);

        Map<Long, ReceivableEligibilityRecord> rows = cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY).fetchMap(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID);
        assertThat(rows).hasSize(cache.dsl().fetchCount(RECEIVABLE)).containsKeys(good, pastDue, unapproved);
        assertThat(counts.scanned()).isEqualTo(4);
        assertThat(rows.get(good).get(RECEIVABLE_ELIGIBILITY.ELIGIBLE)).isTrue();
        assertThat(rows.get(good).get(RECEIVABLE_ELIGIBILITY.RULES)).isNull();
        assertThat(rows.get(pastDue).get(RECEIVABLE_ELIGIBILITY.ELIGIBLE)).isFalse();
        assertThat(rows.get(pastDue).get(RECEIVABLE_ELIGIBILITY.RULES).split(",")).contains("PAST_DUE");
        assertThat(rows.get(unapproved).get(RECEIVABLE_ELIGIBILITY.RULES).split(",")).contains("DEBTOR_NOT_APPROVED");
        assertThat(rows.get(unapproved).get(RECEIVABLE_ELIGIBILITY.DETAILS)).isNotBlank();
        assertThat(rows.values()).allSatisfy(r -> {
            assertThat(r.get(RECEIVABLE_ELIGIBILITY.AS_OF)).isEqualTo(AS_OF);
            assertThat(r.get(RECEIVABLE_ELIGIBILITY.SCANNED_AT)).isEqualTo(AS_OF.atTime(10, 0));
        });

        // The stored rules are exactly those the engine reports, and the counts agree with the rows.
        Map<Long, EligibilityResult> engine = eligibility.evaluate(AS_OF, s -> true);
        engine.forEach((id, result) -> assertThat(nullToEmpty(rows.get(id).get(RECEIVABLE_ELIGIBILITY.RULES)))
                .isEqualTo(result.failures().stream().map(f -> f.rule().name()).distinct()
                        .collect(Collectors.joining(","))));
        long eligibleRows = rows.values().stream().filter(r -> r.get(RECEIVABLE_ELIGIBILITY.ELIGIBLE)).count();
        assertThat(counts.eligible()).isEqualTo(eligibleRows);
        assertThat(counts.ineligible()).isEqualTo(4 - eligibleRows);
        assertThat(counts.ineligible(EligibilityRule.PAST_DUE)).isEqualTo(engine.values().stream()
                .filter(r -> r.failures().stream().map(RuleFailure::rule).anyMatch(EligibilityRule.PAST_DUE::equals))
                .count()).isPositive();
        assertThat(counts.ineligible(EligibilityRule.DEBTOR_NOT_APPROVED)).isEqualTo(1);
    }

    @Test
    void aSecondScanReplacesTheFirst() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        LocalDate later = AS_OF.plusDays(100);
        scans.scanAll(later, ProgressListener.NONE);

        assertThat(cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY).fetch(RECEIVABLE_ELIGIBILITY.AS_OF))
                .hasSize(4).containsOnly(later);
        assertThat(cache.dsl().select(RECEIVABLE_ELIGIBILITY.RULES).from(RECEIVABLE_ELIGIBILITY)
                .where(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(good)).fetchOne(RECEIVABLE_ELIGIBILITY.RULES))
                .contains("PAST_DUE");
    }

    @Test
    void aReceivableAddedAfterAScanGetsItsRowInTheNextAndTheOthersAreOverwritten() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        long supplier = cache.dsl().select(RECEIVABLE.SUPPLIER_ID).from(RECEIVABLE).where(RECEIVABLE.ID.eq(good))
                .fetchOne(RECEIVABLE.SUPPLIER_ID);
        long debtor = cache.dsl().select(RECEIVABLE.DEBTOR_ID).from(RECEIVABLE).where(RECEIVABLE.ID.eq(good))
                .fetchOne(RECEIVABLE.DEBTOR_ID);
        // A second fixture numbers its invoices from 1 again: the new receivable repeats the first invoice.
        long added = new CacheFixture(cache.dsl()).receivable(supplier, debtor, "300.00", AS_OF.minusDays(400),
                AS_OF.minusDays(300));

        EligibilityScanCounts counts = scans.scanAll(AS_OF.plusDays(1), ProgressListener.NONE);

        Map<Long, ReceivableEligibilityRecord> rows = cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY)
                .fetchMap(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID);
        assertThat(counts.scanned()).isEqualTo(5);
        assertThat(rows).hasSize(5);
        assertThat(rows.values()).allSatisfy(r -> {
            assertThat(r.get(RECEIVABLE_ELIGIBILITY.AS_OF)).isEqualTo(AS_OF.plusDays(1));
            assertThat(r.get(RECEIVABLE_ELIGIBILITY.VERSION)).isZero();
        });
        assertThat(rows.get(added).get(RECEIVABLE_ELIGIBILITY.DETAILS))
                .isEqualTo("301 days past due (due " + AS_OF.minusDays(300) + ")\nissued 401 days ago, limit 180"
                        + "\ninvoice 3200261130 00000001 appears 2 times (first: receivable #" + good + ")");
        assertThat(rows.get(good).get(RECEIVABLE_ELIGIBILITY.RULES)).isEqualTo("DUPLICATE_INVOICE");
    }

    @Test
    void aScanThatSawFewerReceivablesLeavesNoRowsOfTheOthers() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        var goodRow = cache.dsl().selectFrom(RECEIVABLE).where(RECEIVABLE.ID.eq(good)).fetchSingle();
        ReceivableBook book = new ReceivableBook(1);
        book.add(new ReceivableFacts(good, goodRow.getSupplierId(), goodRow.getDebtorId(), goodRow.getInvoiceCode(),
                goodRow.getInvoiceNo(), goodRow.getIssueDate(), goodRow.getDueDate(), goodRow.getFaceAmount(),
                BigDecimal.ZERO, BigDecimal.ZERO, ReceivableStatus.OPEN, false));
        EligibilityOutcome outcome = new EligibilityScan(EligibilitySettings.defaults(), AS_OF,
                Map.of(goodRow.getDebtorId(),
                        new DebtorProfile(goodRow.getDebtorId(), "核心企业集团有限公司", true, null, true)),
                Set.of()).scan(book, supplier -> true);
        LocalDateTime later = AS_OF.atTime(11, 0);

        new Transactions(cache, CLOCK).inTransaction(tx -> {
            var records = tx.eligibilityRecords();
            records.write(outcome, 0, 1, AS_OF, later);
            records.removeOthers(1, AS_OF, later);
            return null;
        });

        assertThat(cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY).fetch(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID))
                .containsExactly(good);
        assertThat(cache.dsl().fetchValue(RECEIVABLE_ELIGIBILITY.SCANNED_AT)).isEqualTo(later);
    }

    @Test
    void cancellingAfterTheRowsAreWrittenLeavesThePreviousScan() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        var before = cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY).orderBy(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID).fetch();
        CancelOnWriting listener = new CancelOnWriting();

        assertThatThrownBy(() -> scans.scanAll(AS_OF.plusDays(100), listener))
                .isInstanceOf(CancellationException.class);

        assertThat(listener.sawWriting).isTrue();
        assertThat(cache.dsl().selectFrom(RECEIVABLE_ELIGIBILITY).orderBy(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID).fetch())
                .isEqualTo(before);
    }

    @Test
    void cancellingBeforeTheFirstScanLeavesTheTableEmpty() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> scans.scanAll(AS_OF, cancelled)).isInstanceOf(CancellationException.class);
        assertThat(cache.dsl().fetchCount(RECEIVABLE_ELIGIBILITY)).isZero();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Cancels once the rows of the new scan have been written, before the transaction commits. */
    private static final class CancelOnWriting implements ProgressListener {
        boolean sawWriting;

        @Override
        public void progress(long done, long total, String stage) {
            if (EligibilityScanService.STAGE_WRITING.equals(stage) && done == total) {
                sawWriting = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return sawWriting;
        }
    }
}
