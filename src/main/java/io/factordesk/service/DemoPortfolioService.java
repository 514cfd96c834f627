package io.factordesk.service;

import io.factordesk.cache.AuditLogRepository;
import io.factordesk.cache.CacheLoader;
import io.factordesk.cache.CacheStatistics;
import io.factordesk.cache.ReceivableLookupIndexes;
import io.factordesk.security.PasswordHasher;
import io.factordesk.service.demo.DemoPortfolioGenerator;
import io.factordesk.service.demo.DemoReport;
import io.factordesk.service.demo.DemoStages;
import io.factordesk.service.demo.PlantedTrouble;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Rebuilds the deterministic demo portfolio in the cache (replacing what is there). The portfolio is
 * anchored at today's date from the injected clock: the same seed, sizes and date give the same rows.
 * If the rebuild is cancelled or fails, the cache is left empty rather than half-written.
 */
public final class DemoPortfolioService {

    static final String AUDIT_LOGIN = "system";

    private final CacheLoader loader;
    private final CacheStatistics statistics;
    private final AuditLogRepository auditLog;
    private final PasswordHasher hasher;
    private final EligibilityScanService eligibilityScan;
    private final Clock clock;

    public DemoPortfolioService(CacheLoader loader, CacheStatistics statistics, AuditLogRepository auditLog,
                                PasswordHasher hasher, EligibilityScanService eligibilityScan, Clock clock) {
        this.loader = loader;
        this.statistics = statistics;
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.eligibilityScan = eligibilityScan;
        this.clock = clock;
    }

    /** Into an empty cache: the receivable lookup indexes are built once at the end, as for a bulk import. */
    private PlantedTrouble generate(DemoSpec spec, LocalDate asOf, ProgressListener progress) {
        ReceivableLookupIndexes lookups = loader.lookupIndexes();
        return lookups.rebuiltAfter(() -> new DemoPortfolioGenerator(loader, hasher).generate(spec, asOf, progress),
                built -> progress.progress(built, lookups.count(), DemoStages.INDEXING));
    }

    /** Replaces the cache content with the portfolio for this spec as of today; returns rows per table. */
    public Map<String, Long> rebuild(DemoSpec spec, ProgressListener progress) {
        return rebuildAsOf(spec, LocalDate.now(clock), progress).rowCounts();
    }

    /**
     * Replaces the cache content with the portfolio for this spec anchored at {@code asOf}.
     *
     * @throws CancellationException when the listener reports cancellation; the cache is then empty
     */
    public DemoReport rebuildAsOf(DemoSpec spec, LocalDate asOf, ProgressListener progress) {
        progress.progress(0, 1, DemoStages.CLEARING);
        loader.clearAll();
        try {
            PlantedTrouble trouble = generate(spec, asOf, progress);
            auditLog.append(AUDIT_LOGIN, "DEMO_REBUILT", "portfolio", null, "suppliers=" + spec.suppliers()
                    + " receivables=" + spec.receivables() + " seed=" + spec.seed() + " asOf=" + asOf);
            // A demo is a portfolio ready to review: the desk opens on eligibility as of the anchor date.
            eligibilityScan.scanAll(asOf, progress);
            Map<String, Long> counts = statistics.rowCounts();
            progress.progress(1, 1, DemoStages.DONE);
            return new DemoReport(asOf, counts, trouble);
        } catch (RuntimeException failure) {
            try {
                loader.clearAll();
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }
}
