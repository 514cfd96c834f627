package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void newestVersionNamesTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/db/migration"))) {
            int newest = files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(SchemaCheck.NEWEST_VERSION).isEqualTo(String.valueOf(newest));
        }
    }

    @Test
    void aFreshCacheIsMigratedAndASecondOpenSkipsFlyway(@TempDir Path folder) {
        try (CacheDatabase first = CacheDatabase.openIn(folder)) {
            assertThat(first.schemaVersion()).isEqualTo(SchemaCheck.NEWEST_VERSION);
            assertThat(SchemaCheck.upToDate(first.dataSource())).contains(SchemaCheck.NEWEST_VERSION);
        }
        try (CacheDatabase second = CacheDatabase.openIn(folder)) {
            assertThat(second.schemaVersion()).isEqualTo(SchemaCheck.NEWEST_VERSION);
        }
        assertThat(folder.resolve("factordesk.trace.db")).doesNotExist();
    }

    @Test
    void anEmptyDatabaseIsNotUpToDate() {
        org.h2.jdbcx.JdbcDataSource empty = new org.h2.jdbcx.JdbcDataSource();
        empty.setURL("jdbc:h2:mem:schema-check-empty");
        assertThat(SchemaCheck.upToDate(empty)).isEmpty();
    }
}
