package io.factordesk.bench;

import io.factordesk.app.AppContext;
import io.factordesk.cache.CreditCheckInputRepository;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where the time of {@code factordesk check --all} goes on an existing data folder: the eligibility scan,
 * reading the credit files, and the whole batch (scan + files + scoring + storing every result with
 * its audit entry). Wall and CPU time of this thread per round. Args: data folder, rounds.
 */
public final class CreditCheckBatchTiming {

    private CreditCheckBatchTiming() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (AppContext context = new AppContext(folder, Clock.systemUTC())) {
            LocalDate asOf = LocalDate.now(context.clock());
            CreditCheckService service = context.creditChecks();
            CreditCheckInputRepository repository = new CreditCheckInputRepository(context.cache().dsl());
            for (int round = 1; round <= rounds; round++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                Map<Long, EligibilityResult> eligibility = context.eligibility().evaluate(asOf, id -> true);
                long scanWall = System.nanoTime() - w;
                long scanCpu = threads.getCurrentThreadCpuTime() - c;
                w = System.nanoTime();
                c = threads.getCurrentThreadCpuTime();
                List<CreditFile> files = repository.creditFiles(asOf, eligibility);
                long filesWall = System.nanoTime() - w;
                long filesCpu = threads.getCurrentThreadCpuTime() - c;
                w = System.nanoTime();
                c = threads.getCurrentThreadCpuTime();
                int checked = service.checkAll(asOf, ProgressListener.NONE).size();
                long batchWall = System.nanoTime() - w;
                long batchCpu = threads.getCurrentThreadCpuTime() - c;
                System.out.printf("round %d: %d suppliers, %d receivables reviewed | scan %d ms (cpu %d) | files %d ms"
                                + " (cpu %d) | check --all %d ms (cpu %d)%n", round, files.size(), eligibility.size(),
                        scanWall / 1_000_000, scanCpu / 1_000_000, filesWall / 1_000_000, filesCpu / 1_000_000,
                        batchWall / 1_000_000, batchCpu / 1_000_000);
                if (checked != files.size()) {
                    throw new IllegalStateException("checked " + checked + " of " + files.size());
                }
            }
        }
    }
}
