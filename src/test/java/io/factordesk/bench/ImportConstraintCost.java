package io.factordesk.bench;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.service.ImportRequest;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.ReceivablesImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Where a bulk import's time goes besides the rows themselves (BENCHMARKS.md section 6): the same generated file
 * imported through {@link ReceivablesImportService} into the same file cache, emptied in between, once per variant
 * of how the receivable table's three foreign keys are treated during the load:
 * <ul>
 *   <li>{@code TODAY}: as the migrations leave them (checked row by row, their indexes maintained);</li>
 *   <li>{@code NO_FK}: dropped (H2 drops the index it made for each), added back after the load with
 *       {@code ALTER TABLE ADD CONSTRAINT}, which builds the index again and checks every row;</li>
 *   <li>{@code NO_FK_INDEX_FIRST}: the same, but an index on each column is built first with {@code CREATE INDEX},
 *       which the constraint then reuses;</li>
 *   <li>{@code RI_OFF}: kept, with {@code ALTER TABLE receivable SET REFERENTIAL_INTEGRITY FALSE} during the load
 *       (indexes maintained, look-ups skipped) and {@code ... TRUE CHECK} after it.</li>
 * </ul>
 * Each line gives wall and process CPU time for the rows (and commit), the lookup-index rebuild the import does
 * anyway, and putting the foreign keys back, with the load average before and after. {@code --rebuilds} then times
 * the lookup-index rebuild alone on the last load's rows, once per H2 {@code MAX_MEMORY_ROWS} given (0: default).
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) io.factordesk.bench.ImportConstraintCost \
 *     --rows 1000000 --work target/bench-constraints [--order TODAY,RI_OFF,NO_FK,NO_FK_INDEX_FIRST] [--rebuilds 0]
 * </pre>
 * The variants leave the schema changed (foreign keys on indexes of their own): run it on its own work folder only.
 */
public final class ImportConstraintCost {

    private static final List<String[]> FOREIGN_KEYS = List.of(
            new String[] {"fk_receivable_supplier", "supplier_id", "supplier (party_id)"},
            new String[] {"fk_receivable_debtor", "debtor_id", "debtor (party_id)"},
            new String[] {"fk_receivable_verifier", "verified_by", "officer (id)"});

    private enum Variant { TODAY, NO_FK, NO_FK_INDEX_FIRST, RI_OFF }

    private ImportConstraintCost() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        Path work = Path.of("target", "bench-constraints");
        List<Variant> order = List.of(Variant.TODAY, Variant.NO_FK, Variant.RI_OFF, Variant.RI_OFF,
                Variant.NO_FK, Variant.TODAY, Variant.NO_FK_INDEX_FIRST);
        List<Long> rebuilds = List.of();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--rebuilds" -> rebuilds = java.util.Arrays.stream(args[i + 1].split(",")).map(Long::valueOf)
                        .toList();
                case "--order" -> order = java.util.Arrays.stream(args[i + 1].split(",")).map(Variant::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ImportBenchmark.deleteTree(work);
        Files.createDirectories(work);
        Clock clock = Clock.systemDefaultZone();
        try (CacheDatabase cache = CacheDatabase.openIn(work.resolve("data"))) {
            List<Uscc[]> pairs = ImportBenchmark.parties(cache.dsl());
            Path warmup = ImportBenchmark.writeCsv(work.resolve("warmup.csv"), 60_000, pairs, 90_000_000);
            Path file = ImportBenchmark.writeCsv(work.resolve("receivables.csv"), rows, pairs, 0);
            ReceivablesImportService imports = new ReceivablesImportService(new Transactions(cache, clock),
                    new ImportRepository(cache.dsl()), clock);
            try (Connection connection = cache.dataSource().getConnection();
                 Statement sql = connection.createStatement()) {
                show(sql, "SELECT index_name, index_type_name FROM information_schema.indexes"
                        + " WHERE table_name = 'RECEIVABLE' ORDER BY index_name");
                show(sql, "SELECT c.constraint_name, c.constraint_type, c.index_name FROM information_schema"
                        + ".table_constraints c WHERE c.table_name = 'RECEIVABLE' ORDER BY 1");
                for (Variant variant : List.of(Variant.TODAY, Variant.NO_FK, Variant.RI_OFF)) {
                    run(sql, imports, warmup, variant, true);
                }
                for (Variant variant : order) {
                    run(sql, imports, file, variant, false);
                }
                show(sql, "SELECT index_name FROM information_schema.indexes WHERE table_name = 'RECEIVABLE'"
                        + " ORDER BY index_name");
                show(sql, "SELECT setting_name, setting_value FROM information_schema.settings"
                        + " WHERE setting_name LIKE '%MEMORY%'");
                for (long maxMemoryRows : rebuilds) {
                    rebuildLookups(sql, cache, maxMemoryRows);
                }
            }
        }
    }

    private static void run(Statement sql, ReceivablesImportService imports, Path file, Variant variant,
                            boolean quiet) throws Exception {
        sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
        sql.execute("TRUNCATE TABLE receivable RESTART IDENTITY");
        sql.execute("SET REFERENTIAL_INTEGRITY TRUE");
        sql.execute("CHECKPOINT");
        switch (variant) {
            case NO_FK, NO_FK_INDEX_FIRST -> {
                for (String[] fk : FOREIGN_KEYS) {
                    sql.execute("ALTER TABLE receivable DROP CONSTRAINT " + fk[0]);
                    sql.execute("DROP INDEX IF EXISTS " + fk[0] + "_ix");
                }
            }
            case RI_OFF -> sql.execute("ALTER TABLE receivable SET REFERENTIAL_INTEGRITY FALSE");
            default -> { }
        }
        long[] indexingStarted = {0};
        long[] indexingCpu = {0};
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                if (ReceivablesImportService.STAGE_INDEXING.equals(stage) && done == 0) {
                    indexingStarted[0] = System.nanoTime();
                    indexingCpu[0] = processCpu();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        String load = loadAverage();
        long cpuStart = processCpu();
        long start = System.nanoTime();
        ImportReport report = imports.importFile(new ImportRequest(file, "auto", null, null, false, false, "bench"),
                progress);
        long end = System.nanoTime();
        long cpuEnd = processCpu();
        long indexesNanos = 0;
        long constraintNanos = 0;
        switch (variant) {
            case NO_FK -> {
                long t = System.nanoTime();
                for (String[] fk : FOREIGN_KEYS) {
                    sql.execute(addForeignKey(fk));
                }
                constraintNanos = System.nanoTime() - t;
            }
            case NO_FK_INDEX_FIRST -> {
                long t = System.nanoTime();
                for (String[] fk : FOREIGN_KEYS) {
                    sql.execute("CREATE INDEX " + fk[0] + "_ix ON receivable (" + fk[1] + ")");
                }
                indexesNanos = System.nanoTime() - t;
                t = System.nanoTime();
                for (String[] fk : FOREIGN_KEYS) {
                    sql.execute(addForeignKey(fk));
                }
                constraintNanos = System.nanoTime() - t;
            }
            case RI_OFF -> {
                long t = System.nanoTime();
                sql.execute("ALTER TABLE receivable SET REFERENTIAL_INTEGRITY TRUE CHECK");
                constraintNanos = System.nanoTime() - t;
            }
            default -> { }
        }
        long cpuAfter = processCpu();
        if (quiet) {
            return;
        }
        long cpuRows = (indexingCpu[0] == 0 ? cpuEnd : indexingCpu[0]) - cpuStart;
        long cpuLookups = indexingCpu[0] == 0 ? 0 : cpuEnd - indexingCpu[0];
        System.out.printf(Locale.ROOT, "%-18s process CPU: rows+commit %6.2f s, lookup rebuild %6.2f s, foreign keys"
                + " %6.2f s, total %6.2f s%n", variant, cpuRows / 1e9, cpuLookups / 1e9, (cpuAfter - cpuEnd) / 1e9,
                (cpuAfter - cpuStart) / 1e9);
        double rowsSeconds = ((indexingStarted[0] == 0 ? end : indexingStarted[0]) - start) / 1e9;
        double lookupSeconds = indexingStarted[0] == 0 ? 0 : (end - indexingStarted[0]) / 1e9;
        double total = (end - start + indexesNanos + constraintNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-18s %,9d rows  rows+commit %6.2f s  lookup rebuild %5.2f s  FK indexes %5.2f s"
                        + "  FK add/check %5.2f s  total %6.2f s (%,.0f rows/s)  load %s -> %s%n", variant,
                report.rowsImported(), rowsSeconds, lookupSeconds, indexesNanos / 1e9, constraintNanos / 1e9, total,
                report.rowsImported() / total, load, loadAverage());
    }

    /** The lookup-index rebuild alone, on the rows of the last load, with H2's sort buffer of maxMemoryRows / 2. */
    private static void rebuildLookups(Statement sql, CacheDatabase cache, long maxMemoryRows) throws Exception {
        io.factordesk.cache.ReceivableLookupIndexes indexes = new ImportRepository(cache.dsl()).lookupIndexes();
        indexes.restore();
        for (String name : List.of("ix_receivable_invoice", "ix_receivable_due", "ix_receivable_face",
                "ix_receivable_invoice_no", "ix_receivable_contract")) {
            sql.execute("DROP INDEX " + name);
        }
        if (maxMemoryRows > 0) {
            sql.execute("SET MAX_MEMORY_ROWS " + maxMemoryRows);
        }
        String load = loadAverage();
        long cpu = processCpu();
        long start = System.nanoTime();
        indexes.restore();
        long nanos = System.nanoTime() - start;
        long cpuNanos = processCpu() - cpu;
        long checkStart = System.nanoTime();
        sql.execute("ALTER TABLE receivable SET REFERENTIAL_INTEGRITY TRUE CHECK");
        long checkNanos = System.nanoTime() - checkStart;
        System.out.printf(Locale.ROOT, "rebuild of the 5 lookup indexes, MAX_MEMORY_ROWS %s: %6.2f s (process CPU %6.2f s);"
                + " foreign-key check of all rows %5.2f s; load %s -> %s%n", maxMemoryRows > 0 ? maxMemoryRows : "default",
                nanos / 1e9, cpuNanos / 1e9, checkNanos / 1e9, load, loadAverage());
    }

    private static String addForeignKey(String[] fk) {
        return "ALTER TABLE receivable ADD CONSTRAINT " + fk[0] + " FOREIGN KEY (" + fk[1] + ") REFERENCES " + fk[2];
    }

    private static void show(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 1; i <= columns; i++) {
                    line.append(rows.getString(i)).append(i < columns ? " | " : "");
                }
                System.out.println(line);
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
