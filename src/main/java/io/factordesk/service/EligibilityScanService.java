package io.factordesk.service;

import io.factordesk.cache.EligibilityRecordRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.eligibility.EligibilityOutcome;
import io.factordesk.domain.eligibility.EligibilityRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Scans the whole cache for eligibility as of a date and keeps the result beside each receivable, so the
 * review desk can filter and total by eligibility in H2. The previous scan is replaced whole, or kept
 * untouched when the scan fails or is cancelled.
 */
public final class EligibilityScanService {

    static final int BATCH = 5_000;
    public static final String STAGE_EVALUATING = "scan.evaluating";
    public static final String STAGE_WRITING = "scan.writing";

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
        EligibilityOutcome outcome = eligibility.scan(asOf, supplier -> true, (read, total) -> {
            checkCancelled(progress);
            progress.progress(read, total, STAGE_EVALUATING);
        });
        checkCancelled(progress);
        LocalDateTime scannedAt = LocalDateTime.now(clock);
        int rows = outcome.rows();
        transactions.inTransaction(tx -> {
            EligibilityRecordRepository records = tx.eligibilityRecords();
            for (int from = 0; from < rows; from += BATCH) {
                checkCancelled(progress);
                int to = Math.min(rows, from + BATCH);
                records.write(outcome, from, to, asOf, scannedAt);
                progress.progress(to, rows, STAGE_WRITING);
            }
            records.removeOthers(rows, asOf, scannedAt);
            checkCancelled(progress);
            return rows;
        });
        return counts(outcome);
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("eligibility scan cancelled; the previous scan is kept");
        }
    }

    private static EligibilityScanCounts counts(EligibilityOutcome outcome) {
        long eligible = 0;
        long[] byRule = new long[EligibilityRule.values().length];
        for (int row = 0; row < outcome.rows(); row++) {
            if (outcome.eligible(row)) {
                eligible++;
            }
            for (EligibilityRule rule : outcome.failedRules(row)) {
                byRule[rule.ordinal()]++;
            }
        }
        Map<EligibilityRule, Long> counts = new EnumMap<>(EligibilityRule.class);
        for (EligibilityRule rule : EligibilityRule.values()) {
            if (byRule[rule.ordinal()] > 0) {
                counts.put(rule, byRule[rule.ordinal()]);
            }
        }
        return new EligibilityScanCounts(outcome.rows(), eligible, counts);
    }
}
