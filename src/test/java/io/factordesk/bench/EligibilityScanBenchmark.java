package io.factordesk.bench;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.eligibility.EligibilityOutcome;
import io.factordesk.domain.eligibility.EligibilityScan;
import io.factordesk.domain.eligibility.EligibilitySettings;
import io.factordesk.domain.eligibility.ReceivableBook;
import io.factordesk.service.EligibilityScanCounts;
import io.factordesk.service.EligibilityScanService;
import io.factordesk.service.EligibilityService;
import io.factordesk.service.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The eligibility scan of a whole cache (issue 3, item 6), on a copy of a demo data folder:
 * (a) reading the facts, (b) every rule over every receivable, (c) persisting the results into
 * receivable_eligibility, (d) the whole {@link EligibilityScanService#scanAll}; beside them H2's plain
 * scan of receivable and a GROUP BY debtor_id over the same rows. Round 1 is cold (fresh JVM, fresh
 * H2 page cache); later rounds are warm.
 * Only the {@code factordesk.mv.db} of the source folder is read (copied to the work folder first).
 * Every step prints wall time and the CPU time of this thread, which a shared machine disturbs far less.
 * <pre>
 * mvn -o -q test-compile
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test.cp) \
 *     io.factordesk.bench.EligibilityScanBenchmark --source DEMO_FOLDER --work target/bench-scan --rounds 3 --reads 4
 * </pre>
 */
public final class EligibilityScanBenchmark {

    private EligibilityScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of("target", "bench", "demo-data");
        Path work = Path.of("target", "bench-scan");
        int rounds = 4;
        int reads = 1;
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--source" -> source = Path.of(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--reads" -> reads = Integer.parseInt(args[i + 1]);
                case "--as-of" -> asOf = LocalDate.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        run(copy(source, work.resolve("data")), rounds, reads, asOf);
    }

    /** @param reads how many times each round reads the facts: the JIT needs a few reads to settle */
    private static void run(Path data, int rounds, int reads, LocalDate asOf) throws Exception {
        Clock clock = Clock.systemUTC();
        System.out.printf(Locale.ROOT, "heap max %,d MB, %d CPUs, as of %s, load %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), asOf, load());
        try (CacheDatabase cache = CacheDatabase.openIn(data)) {
            EligibilitySettings settings = EligibilitySettings.defaults();
            EligibilityFactsRepository facts = new EligibilityFactsRepository(cache);
            EligibilityService eligibility = new EligibilityService(facts, settings);
            Transactions transactions = new Transactions(cache, clock);
            EligibilityScanService scans = new EligibilityScanService(transactions, eligibility, clock);
            for (int round = 1; round <= rounds; round++) {
                String label = round == 1 ? "cold" : "warm";
                System.out.printf(Locale.ROOT, "-- round %d (%s), load %s%n", round, label, load());
                time("plain scan: SELECT debtor_id, face_amount ... (sum in Java)", () -> plainScan(cache));
                time("GROUP BY debtor_id in H2", () -> groupBy(cache));
                ReceivableBook[] book = new ReceivableBook[1];
                for (int read = 1; read <= reads; read++) {
                    time("(a) read facts (one pass, primitive columns), read " + read, () -> {
                        book[0] = facts.receivableBook(EligibilityFactsRepository.ReadProgress.NONE);
                        return book[0].size() + " receivables";
                    });
                }
                EligibilityOutcome[] outcome = new EligibilityOutcome[1];
                time("(b) every rule over every receivable", () -> {
                    EligibilityScan scan = new EligibilityScan(settings, asOf, facts.debtorProfiles(),
                            facts.relatedPairs());
                    outcome[0] = scan.scan(book[0], s -> true);
                    int eligible = 0;
                    for (int row = 0; row < outcome[0].rows(); row++) {
                        eligible += outcome[0].eligible(row) ? 1 : 0;
                    }
                    return eligible + " eligible";
                });
                time("(b2) text of every result (rule names + details)", () -> {
                    long chars = 0;
                    for (int row = 0; row < outcome[0].rows(); row++) {
                        chars += outcome[0].ruleNames(row).length() + outcome[0].details(row).length();
                    }
                    return String.format(Locale.ROOT, "%,d chars", chars);
                });
                System.gc();
                System.out.printf(Locale.ROOT, "   heap used with book + outcome alive: %,d MB%n", usedHeap() >> 20);
                book[0] = null;
                time("(a+b) EligibilityService.evaluate (Map of results, as deals/credit call it)",
                        () -> eligibility.evaluate(asOf, s -> true).size() + " results");
                LocalDateTime scannedAt = LocalDateTime.now(clock);
                time("(c) persist into receivable_eligibility (one transaction)",
                        () -> transactions.inTransaction(tx -> {
                            var records = tx.eligibilityRecords();
                            int rows = outcome[0].rows();
                            for (int from = 0; from < rows; from += 5_000) {
                                records.write(outcome[0], from, Math.min(rows, from + 5_000), asOf, scannedAt);
                            }
                            records.removeOthers(rows, asOf, scannedAt);
                            return rows + " rows";
                        }));
                outcome[0] = null;
                System.gc();
                long heapBefore = usedHeap();
                resetPeaks();
                time("(d) EligibilityScanService.scanAll", () -> {
                    EligibilityScanCounts counts = scans.scanAll(asOf, ProgressListener.NONE);
                    return counts.scanned() + " scanned, " + counts.eligible() + " eligible";
                });
                System.out.printf(Locale.ROOT, "   heap: %,d MB before scanAll, peak %,d MB (sum of pool peaks)%n",
                        heapBefore >> 20, peakHeap() >> 20);
            }
            System.out.println("table digest: " + digest(cache));
        }
    }

    interface Timed {
        String run() throws Exception;
    }

    /**
     * Wall time, and CPU time of this thread: on a shared machine the CPU time varies far less. The CPU time of
     * the whole process beside it also counts the parallel read's workers (and GC, H2's background writer).
     */
    private static void time(String what, Timed work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        String outcome = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long processMillis = (os.getProcessCpuTime() - processCpu) / 1_000_000;
        System.out.printf(Locale.ROOT, "   %-72s %,7d ms wall %,7d ms cpu %,7d ms process cpu  (%s)%n", what, millis,
                cpuMillis, processMillis, outcome);
    }

    private static String plainScan(CacheDatabase cache) throws Exception {
        try (Connection c = cache.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT debtor_id, face_amount FROM receivable")) {
            java.util.Map<Long, java.math.BigDecimal> sums = new java.util.HashMap<>();
            while (rs.next()) {
                sums.merge(rs.getLong(1), rs.getBigDecimal(2), java.math.BigDecimal::add);
            }
            return sums.size() + " debtors";
        }
    }

    private static String groupBy(CacheDatabase cache) throws Exception {
        try (Connection c = cache.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT debtor_id, SUM(face_amount) FROM receivable GROUP BY debtor_id")) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n + " debtors";
        }
    }

    /**
     * SHA-256 over every stored result in id order (not scanned_at), to prove two versions store the same:
     * the columns up to V4 (comparable with digests of earlier versions), and the same with V5's failed_rules.
     */
    private static String digest(CacheDatabase cache) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        MessageDigest withMask = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        try (Connection c = cache.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT receivable_id, as_of, eligible, rules, details, version,"
                     + " failed_rules FROM receivable_eligibility ORDER BY receivable_id")) {
            while (rs.next()) {
                rows++;
                String line = rs.getLong(1) + "\t" + rs.getString(2) + "\t" + rs.getBoolean(3) + "\t"
                        + rs.getString(4) + "\t" + rs.getString(5) + "\t" + rs.getInt(6) + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                withMask.update((rs.getInt(7) + "\t" + line).getBytes(StandardCharsets.UTF_8));
            }
        }
        return rows + " rows, " + HexFormat.of().formatHex(sha.digest()) + "; with failed_rules "
                + HexFormat.of().formatHex(withMask.digest());
    }

    private static Path copy(Path source, Path target) throws Exception {
        Files.createDirectories(target);
        Path file = source.resolve(CacheDatabase.FILE_NAME + ".mv.db");
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
