package io.factordesk.bench;

import static io.factordesk.cache.jooq.Tables.DEBTOR;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.service.ImportRequest;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.ReceivablesImportService;
import io.factordesk.testing.CacheFixture;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Imports a generated CSV of N receivables (default 1,000,000) through {@link ReceivablesImportService}
 * and, in the same run and database, bulk-loads the same file with H2's own CSVREAD into a scratch table.
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.factordesk.bench.ImportBenchmark -Dexec.args="--rows 1000000 --work target/bench-import"
 * </pre>
 */
public final class ImportBenchmark {

    private static final String HEADER = "发票代码,发票号码,开票日期,到期日,价税合计,卖方名称,卖方统一社会信用代码,"
            + "买方名称,买方统一社会信用代码,合同号";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        Path work = Path.of("target", "bench-import");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        deleteTree(work);
        Files.createDirectories(work);
        Clock clock = Clock.systemDefaultZone();
        try (CacheDatabase cache = CacheDatabase.openIn(work.resolve("data"))) {
            List<Uscc[]> pairs = parties(cache.dsl());
            Path warmup = writeCsv(work.resolve("warmup.csv"), 50_000, pairs, 90_000_000);
            Path file = writeCsv(work.resolve("receivables.csv"), rows, pairs, 0);
            System.out.printf(Locale.ROOT, "file: %,d rows, %,d bytes, heap max %,d MB, %d CPUs%n", rows,
                    Files.size(file), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            ReceivablesImportService imports = new ReceivablesImportService(new Transactions(cache, clock),
                    new ImportRepository(cache.dsl()), clock);
            importFile(imports, warmup);
            csvRead(cache, warmup);
            csvReadLikeReceivable(cache, warmup, false);
            csvReadLikeReceivable(cache, warmup, true);

            long csvReadNanos = csvRead(cache, file);
            long likeReceivableNanos = csvReadLikeReceivable(cache, file, false);
            long rebuiltNanos = csvReadLikeReceivable(cache, file, true);
            System.gc();
            long heapBefore = usedHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ImportReport report = importFile(imports, file);
            long importNanos = System.nanoTime() - start;
            if (report.rowsImported() != rows) {
                throw new IllegalStateException("imported " + report.rowsImported() + " of " + rows + ": "
                        + report.problems().stream().limit(5).toList());
            }
            print("H2 CSVREAD into a scratch table", rows, csvReadNanos);
            print("H2 CSVREAD + party joins into a copy of receivable", rows, likeReceivableNanos);
            print("  the same, lookup indexes built after the load", rows, rebuiltNanos);
            print("factordesk import (check + write, one transaction)", rows, importNanos);
            System.out.printf(Locale.ROOT, "import time / CSVREAD plain %.2f, into the copy %.2f, into the copy with"
                    + " rebuilt lookups %.2f; heap used before import %,d MB, peak %,d MB%n",
                    (double) importNanos / csvReadNanos, (double) importNanos / likeReceivableNanos,
                    (double) importNanos / rebuiltNanos, heapBefore >> 20, peakHeap() >> 20);
        }
    }

    private static ImportReport importFile(ReceivablesImportService imports, Path file) throws IOException {
        return imports.importFile(new ImportRequest(file, "auto", null, null, false, false, "bench"),
                ProgressListener.NONE);
    }

    /** 20 suppliers and 100 debtors, paired at random for each row. */
    static List<Uscc[]> parties(org.jooq.DSLContext dsl) {
        CacheFixture fixture = new CacheFixture(dsl);
        List<Uscc> suppliers = new ArrayList<>();
        List<Uscc> debtors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Uscc uscc = fixture.newUscc();
            fixture.supplier(uscc, "供应商" + i);
            suppliers.add(uscc);
        }
        for (int i = 0; i < 100; i++) {
            Uscc uscc = fixture.newUscc();
            long id = fixture.party(uscc, "买方" + i);
            dsl.insertInto(DEBTOR).set(DEBTOR.PARTY_ID, id).set(DEBTOR.APPROVED, true).execute();
            debtors.add(uscc);
        }
        List<Uscc[]> pairs = new ArrayList<>();
        for (Uscc supplier : suppliers) {
            for (Uscc debtor : debtors) {
                pairs.add(new Uscc[] {supplier, debtor});
            }
        }
        return pairs;
    }

    static Path writeCsv(Path file, int rows, List<Uscc[]> pairs, int firstInvoice) throws IOException {
        Random random = new Random(42);
        LocalDate base = LocalDate.of(2026, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                Uscc[] pair = pairs.get(random.nextInt(pairs.size()));
                LocalDate issued = base.plusDays(random.nextInt(150));
                out.write(String.format(Locale.ROOT, "3200261130,%08d,%s,%s,%d.%02d,供应商,%s,买方,%s,HT-%d%n",
                        firstInvoice + i, issued, issued.plusDays(30 + random.nextInt(150)),
                        100 + random.nextInt(2_000_000), random.nextInt(100), pair[0].value(), pair[1].value(), i));
            }
        }
        return file;
    }

    /** Same file, same database: H2 parses it and inserts typed rows into a plain scratch table. */
    private static long csvRead(CacheDatabase cache, Path file) throws SQLException {
        return timed(cache, "CREATE TABLE scratch_receivable (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " invoice_code VARCHAR(20), invoice_no VARCHAR(20), issue_date DATE, due_date DATE,"
                + " face_amount NUMERIC(19,2), supplier_name VARCHAR(200), supplier_uscc CHAR(18),"
                + " debtor_name VARCHAR(200), debtor_uscc CHAR(18), contract_ref VARCHAR(64))",
                "INSERT INTO scratch_receivable (invoice_code, invoice_no, issue_date, due_date,"
                + " face_amount, supplier_name, supplier_uscc, debtor_name, debtor_uscc, contract_ref)"
                + " SELECT * FROM CSVREAD('" + file.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
    }

    /**
     * The same work as the import in SQL: CSVREAD joined to the parties for their ids, into a scratch table
     * that is an exact copy of receivable (H2's own script of its columns, constraints and six indexes).
     * With {@code rebuildLookups} the four lookup indexes are dropped first and built after the load, as the
     * import does with a file this large.
     */
    private static long csvReadLikeReceivable(CacheDatabase cache, Path file, boolean rebuildLookups)
            throws SQLException {
        try (Connection connection = cache.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS scratch_receivable");
            List<String> copy = receivableCopy(statement);
            for (String ddl : copy) {
                statement.execute(ddl);
            }
            List<String> lookups = List.of("IX_SCRATCH_INVOICE", "IX_SCRATCH_DUE", "IX_SCRATCH_FACE",
                    "IX_SCRATCH_INVOICE_NO");
            long start = System.nanoTime();
            if (rebuildLookups) {
                for (String index : lookups) {
                    statement.execute("DROP INDEX " + index);
                }
            }
            statement.execute("INSERT INTO scratch_receivable (supplier_id, debtor_id, invoice_code, invoice_no,"
                    + " issue_date, due_date, face_amount, contract_ref, status, created_at)"
                    + " SELECT sp.id, dp.id, c.\"发票代码\", c.\"发票号码\", c.\"开票日期\", c.\"到期日\", c.\"价税合计\","
                    + " c.\"合同号\", 'OPEN', CURRENT_TIMESTAMP FROM CSVREAD('" + file.toAbsolutePath()
                    + "', NULL, 'charset=UTF-8') c JOIN party sp ON sp.uscc = c.\"卖方统一社会信用代码\""
                    + " JOIN party dp ON dp.uscc = c.\"买方统一社会信用代码\"");
            if (rebuildLookups) {
                for (String ddl : copy) {
                    if (lookups.stream().anyMatch(index -> ddl.contains("\"" + index + "\""))) {
                        statement.execute(ddl);
                    }
                }
            }
            long nanos = System.nanoTime() - start;
            statement.execute("DROP TABLE scratch_receivable");
            return nanos;
        }
    }

    /** H2's SCRIPT of the receivable table, renamed: table, primary key, indexes, checks, foreign keys. */
    private static List<String> receivableCopy(Statement statement) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (java.sql.ResultSet script = statement.executeQuery("SCRIPT NODATA NOSETTINGS TABLE receivable")) {
            while (script.next()) {
                String line = script.getString(1);
                if (line.contains("\"RECEIVABLE\"") && !line.startsWith("--")) {
                    ddl.add(line.replace("\"RECEIVABLE\"", "\"SCRATCH_RECEIVABLE\"")
                            .replace("\"IX_RECEIVABLE_", "\"IX_SCRATCH_").replace("\"CK_RECEIVABLE_", "\"CK_SCRATCH_")
                            .replace("\"FK_RECEIVABLE_", "\"FK_SCRATCH_")
                            .replaceAll("\"CONSTRAINT_[0-9A-F]+\" PRIMARY KEY", "\"PK_SCRATCH\" PRIMARY KEY")
                            .replaceAll(" RESTART WITH [0-9]+", ""));
                }
            }
        }
        if (ddl.size() < 8) {
            throw new IllegalStateException("unexpected script of receivable: " + ddl);
        }
        return ddl;
    }

    private static long timed(CacheDatabase cache, String create, String load) throws SQLException {
        try (Connection connection = cache.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS scratch_receivable");
            statement.execute(create);
            long start = System.nanoTime();
            statement.execute(load);
            long nanos = System.nanoTime() - start;
            statement.execute("DROP TABLE scratch_receivable");
            return nanos;
        }
    }

    private static void print(String what, int rows, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-62s %8.2f s  %,10.0f rows/s%n", what, seconds, rows / seconds);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
