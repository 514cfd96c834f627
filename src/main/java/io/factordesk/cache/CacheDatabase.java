package io.factordesk.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The local H2 cache: one file database, migrated by Flyway at open, queried through jOOQ.
 * Names render unquoted so the same code runs on PostgreSQL.
 */
public final class CacheDatabase implements AutoCloseable {

    public static final String FILE_NAME = "factordesk";

    private final String jdbcUrl;
    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;
    private final SnapshotGate snapshotGate = new SnapshotGate();

    private CacheDatabase(String jdbcUrl, Path file) {
        this.jdbcUrl = jdbcUrl;
        this.file = file;
        this.pool = JdbcConnectionPool.create(jdbcUrl, "factordesk", "");
        this.pool.setMaxConnections(8);
        this.schemaVersion = migrate(pool);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings());
        // A bulk import that stopped between dropping and rebuilding the lookup indexes left them out.
        new ReceivableLookupIndexes(dsl).restore();
    }

    /** Opens (creating and migrating if needed) the cache in a data folder. */
    public static CacheDatabase openIn(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + dataFolder, e);
        }
        Path base = dataFolder.toAbsolutePath().resolve(FILE_NAME);
        String url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072";
        return new CacheDatabase(url, dataFolder.toAbsolutePath().resolve(FILE_NAME + ".mv.db"));
    }

    /** An in-memory cache for tests; the name keeps separate tests apart. */
    public static CacheDatabase inMemory(String name) {
        return new CacheDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
    }

    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
    }

    private static String migrate(DataSource dataSource) {
        return SchemaCheck.upToDate(dataSource).orElseGet(() -> runFlyway(dataSource));
    }

    private static String runFlyway(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The H2 file behind the cache, or null for an in-memory cache. */
    public Path file() {
        return file;
    }

    SnapshotGate snapshotGate() {
        return snapshotGate;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        if (file != null) {
            // Closing the last connection closes a file database; an explicit SHUTDOWN would make the
            // pool's own close fail and leave a factordesk.trace.db in the officer's data folder.
            pool.dispose();
            return;
        }
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            org.slf4j.LoggerFactory.getLogger(CacheDatabase.class).warn("Cache shutdown failed", e);
        }
        pool.dispose();
    }
}
