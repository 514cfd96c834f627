package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.ReceivableLookupIndexes;
import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.domain.importing.ImportReport.Outcome;
import io.factordesk.importing.ReceivablesFiles;
import io.factordesk.testing.CacheFingerprint;
import io.factordesk.testing.CacheFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file big against the cache is loaded with the receivable lookup indexes rebuilt afterwards: same rows,
 * same all-or-nothing, and the indexes are back (and used) whatever the outcome.
 */
class BulkReceivablesImportTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final int ROWS = (int) ReceivablesImportService.BULK_LOAD_ROWS + 1_000;
    /** Every ix_receivable_ index: the lookup indexes a bulk load rebuilds and the status index it keeps. */
    private static final List<String> LOOKUP_INDEXES = List.of("IX_RECEIVABLE_CONTRACT", "IX_RECEIVABLE_DUE",
            "IX_RECEIVABLE_FACE", "IX_RECEIVABLE_INVOICE", "IX_RECEIVABLE_INVOICE_NO", "IX_RECEIVABLE_ISSUE",
            "IX_RECEIVABLE_STATUS");

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private ReceivablesImportService imports;
    private Uscc supplier;
    private Uscc debtor;
    private final List<String> stages = new ArrayList<>();
    private final ProgressListener recordStages = new ProgressListener() {
        @Override
        public void progress(long done, long total, String stage) {
            if (!stage.equals(ReceivablesImportService.STAGE_READING)) {
                stages.add(stage + " " + done + "/" + total);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @BeforeEach
    void cache() {
        cache = CacheDatabase.openIn(folder.resolve("data"));
        CacheFixture fixture = new CacheFixture(cache.dsl());
        supplier = fixture.newUscc();
        fixture.supplier(supplier, "苏州华鑫精密机械有限公司");
        fixture.debtor("核心企业集团有限公司", true, true, null);
        debtor = Uscc.of(cache.dsl().select(PARTY.USCC).from(PARTY).join(DEBTOR).on(DEBTOR.PARTY_ID.eq(PARTY.ID))
                .fetchOne(PARTY.USCC));
        imports = new ReceivablesImportService(new Transactions(cache, CLOCK), new ImportRepository(cache.dsl()), CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private Path file(String lastAmount) throws IOException {
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String amount = i == ROWS - 1 ? lastAmount : (1 + i % 997) + ".25";
            rows.add(List.of("3200261130", String.format("%08d", i), "2026-03-01",
                    LocalDate.of(2026, 4, 1).plusDays(i % 200).toString(), amount, "苏州华鑫精密机械有限公司",
                    supplier.value(), "核心企业集团有限公司", debtor.value(), "HT-" + i));
        }
        return ReceivablesFiles.utf8(folder.resolve("bulk.csv"), ReceivablesFiles.CHINESE_HEADER, rows);
    }

    private ImportReport run(Path file) throws IOException {
        return imports.importFile(new ImportRequest(file, "auto", null, null, false, false, "li.officer"),
                recordStages);
    }

    private List<String> lookupIndexes() {
        return cache.dsl().resultQuery("SELECT index_name FROM information_schema.indexes"
                        + " WHERE table_name = 'RECEIVABLE' AND index_name LIKE 'IX_RECEIVABLE_%' ORDER BY index_name")
                .fetch(0, String.class).stream().filter(LOOKUP_INDEXES::contains).toList();
    }

    @Test
    void aBulkLoadImportsEveryRowAndRebuildsTheLookupIndexes() throws IOException {
        ImportReport report = run(file("8.00"));

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.rowsImported()).isEqualTo(ROWS);
        assertThat(cache.dsl().fetchCount(RECEIVABLE)).isEqualTo(ROWS);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < ROWS - 1; i++) {
            expected = expected.add(new BigDecimal((1 + i % 997) + ".25"));
        }
        assertThat(cache.dsl().select(org.jooq.impl.DSL.sum(RECEIVABLE.FACE_AMOUNT)).from(RECEIVABLE).fetchOne(0,
                BigDecimal.class)).isEqualByComparingTo(expected.add(new BigDecimal("8.00")));
        List<String> indexing = new ArrayList<>();
        int rebuilt = new ReceivableLookupIndexes(cache.dsl()).count();
        for (int built = 0; built <= rebuilt; built++) {
            indexing.add(ReceivablesImportService.STAGE_INDEXING + " " + built + "/" + rebuilt);
        }
        indexing.add(ReceivablesImportService.STAGE_DONE + " " + ROWS + "/" + ROWS);
        assertThat(stages).containsExactlyElementsOf(indexing);
        assertThat(lookupIndexes()).containsExactlyElementsOf(LOOKUP_INDEXES);
        String plan = cache.dsl().resultQuery("EXPLAIN SELECT id FROM receivable ORDER BY due_date LIMIT 5")
                .fetchOne(0, String.class);
        assertThat(plan).containsIgnoringCase("IX_RECEIVABLE_DUE");
        assertThat(cache.dsl().fetchCount(RECEIVABLE, RECEIVABLE.INVOICE_NO.eq("00042000"))).isEqualTo(1);
    }

    @Test
    void aBulkLoadWithOneBadRowWritesNothingAndKeepsTheLookupIndexes() throws IOException {
        Path file = file("-5");
        String before = CacheFingerprint.of(cache.dsl());

        ImportReport report = run(file);

        assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(ROWS + 1));
        assertThat(CacheFingerprint.of(cache.dsl())).isEqualTo(before);
        assertThat(lookupIndexes()).containsExactlyElementsOf(LOOKUP_INDEXES);
        assertThat(stages).contains(ReceivablesImportService.STAGE_INDEXING + " 6/6")
                .noneMatch(s -> s.startsWith(ReceivablesImportService.STAGE_DONE));
    }

    @Test
    void onlyAFileLargeAgainstTheCacheIsABulkLoad() {
        long bulk = ReceivablesImportService.BULK_LOAD_ROWS;
        assertThat(ReceivablesImportService.isBulkLoad(bulk, 0)).isTrue();
        assertThat(ReceivablesImportService.isBulkLoad(bulk - 1, 0)).isFalse();
        assertThat(ReceivablesImportService.isBulkLoad(-1, 0)).as("size unknown").isFalse();
        assertThat(ReceivablesImportService.isBulkLoad(bulk, 2 * bulk)).isTrue();
        assertThat(ReceivablesImportService.isBulkLoad(bulk, 2 * bulk + 1)).isFalse();
        assertThat(ReceivablesImportService.isBulkLoad(1_000_000, 1_500_000)).isTrue();
    }
}
