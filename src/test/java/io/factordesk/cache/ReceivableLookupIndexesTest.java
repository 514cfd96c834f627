package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookup indexes a bulk import rebuilds are exactly those the migrations create, and come back after a crash. */
class ReceivableLookupIndexesTest {

    @TempDir
    Path folder;

    private static String columnsOf(DSLContext dsl, String index) {
        return dsl.resultQuery("SELECT column_name FROM information_schema.index_columns"
                        + " WHERE table_name = 'RECEIVABLE' AND index_name = ? ORDER BY ordinal_position",
                        index.toUpperCase(Locale.ROOT))
                .fetch(0, String.class).stream().map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static List<String> receivableIndexes(DSLContext dsl) {
        return dsl.resultQuery("SELECT index_name FROM information_schema.indexes WHERE table_name = 'RECEIVABLE'"
                + " ORDER BY index_name").fetch(0, String.class);
    }

    @Test
    void theDefinitionsAreTheIndexesTheMigrationsCreate() {
        try (CacheDatabase cache = CacheDatabase.inMemory("lookup-definitions")) {
            for (ReceivableLookupIndexes.Definition index : ReceivableLookupIndexes.DEFINITIONS) {
                assertThat(columnsOf(cache.dsl(), index.name())).as(index.name()).isEqualTo(index.columns());
            }
        }
    }

    @Test
    void theForeignKeysIndexesAreTheOnlyOnesOnTheSupplierAndDebtorColumns() {
        try (CacheDatabase cache = CacheDatabase.inMemory("lookup-duplicates")) {
            List<String> indexes = receivableIndexes(cache.dsl());
            assertThat(indexes.stream().filter(name -> columnsOf(cache.dsl(), name).equals("supplier_id")))
                    .singleElement().satisfies(name -> assertThat(name).startsWith("FK_RECEIVABLE_SUPPLIER"));
            assertThat(indexes.stream().filter(name -> columnsOf(cache.dsl(), name).equals("debtor_id")))
                    .singleElement().satisfies(name -> assertThat(name).startsWith("FK_RECEIVABLE_DEBTOR"));
        }
    }

    @Test
    void suspendDropsOnlyTheLookupIndexesAndRestoreBuildsThemAgain() {
        try (CacheDatabase cache = CacheDatabase.inMemory("lookup-suspend")) {
            List<String> all = receivableIndexes(cache.dsl());
            ReceivableLookupIndexes indexes = new ReceivableLookupIndexes(cache.dsl());

            assertThat(indexes.suspend()).isTrue();
            List<String> during = receivableIndexes(cache.dsl());
            assertThat(during).hasSize(all.size() - indexes.count())
                    .anyMatch(name -> name.startsWith("FK_RECEIVABLE_SUPPLIER")).anyMatch(name -> name.startsWith("FK_RECEIVABLE_DEBTOR"))
                    .noneMatch(name -> ReceivableLookupIndexes.DEFINITIONS.stream()
                            .anyMatch(d -> d.name().equalsIgnoreCase(name)));

            indexes.restore();
            assertThat(receivableIndexes(cache.dsl())).containsExactlyElementsOf(all);
        }
    }

    @Test
    void openingTheCacheRebuildsLookupIndexesACrashLeftOut() {
        Path data = folder.resolve("data");
        List<String> all;
        try (CacheDatabase cache = CacheDatabase.openIn(data)) {
            all = receivableIndexes(cache.dsl());
            assertThat(new ReceivableLookupIndexes(cache.dsl()).suspend()).isTrue();
        }
        try (CacheDatabase reopened = CacheDatabase.openIn(data)) {
            assertThat(receivableIndexes(reopened.dsl())).containsExactlyElementsOf(all);
        }
    }
}
