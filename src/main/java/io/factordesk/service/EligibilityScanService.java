package io.factordesk.service;

import io.factordesk.cache.EligibilityRecordRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.eligibility.RuleFailure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Scans the whole cache for eligibility as of a date and keeps the result beside each receivable, so the
 * review desk can filter and total by eligibility in H2. The previous scan is replaced whole, or kept
 * untouched when the scan fails or is cancelled.
 */
public final class EligibilityScanService {

    static final int BATCH = 5_000;
    static final String STAGE_EVALUATING = "scan.evaluating";
    static final String STAGE_WRITING = "scan.writing";

    private final Transactions transactions;
    private final EligibilityService eligibility;
    private final Clock clock;

    public EligibilityScanService(Transactions transactions, EligibilityService eligibility, Clock clock) {
        this.transactions = transactions;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** @throws CancellationException when the listener reports cancellation; the previous scan stays */
    public EligibilityScanCounts scanAll(LocalDate asOf, ProgressListener progress) {
        progress.progress(0, 1, STAGE_EVALUATING);
        List<EligibilityResult> results = new ArrayList<>(eligibility.evaluate(asOf, supplier -> true).values());
        results.sort(Comparator.comparingLong(EligibilityResult::receivableId));
        checkCancelled(progress);
        LocalDateTime scannedAt = LocalDateTime.now(clock);
        transactions.inTransaction(tx -> {
            EligibilityRecordRepository records = tx.eligibilityRecords();
            records.clear();
            for (int from = 0; from < results.size(); from += BATCH) {
                checkCancelled(progress);
                int to = Math.min(results.size(), from + BATCH);
                records.write(results.subList(from, to), asOf, scannedAt);
                progress.progress(to, results.size(), STAGE_WRITING);
            }
            checkCancelled(progress);
            return results.size();
        });
        return counts(results);
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("eligibility scan cancelled; the previous scan is kept");
        }
    }

    private static EligibilityScanCounts counts(List<EligibilityResult> results) {
        long eligible = 0;
        Map<EligibilityRule, Long> byRule = new EnumMap<>(EligibilityRule.class);
        for (EligibilityResult result : results) {
            if (result.eligible()) {
                eligible++;
            }
            result.failures().stream().map(RuleFailure::rule).distinct()
                    .forEach(rule -> byRule.merge(rule, 1L, Long::sum));
        }
        return new EligibilityScanCounts(results.size(), eligible, byRule);
    }
}
