package io.factordesk.cache;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A cheap look at Flyway's history table before starting Flyway itself: on the usual start the cache
 * is already at the newest schema and loading Flyway (class path scan, validation) is half a second
 * of start-up for nothing. Anything unexpected falls back to a full Flyway migrate.
 */
final class SchemaCheck {

    /** The newest migration shipped in resources/db/migration; SchemaCheckTest keeps it honest. */
    static final String NEWEST_VERSION = "8";

    private SchemaCheck() {
    }

    /** The installed version when it is the newest and every migration succeeded; empty otherwise. */
    static Optional<String> upToDate(DataSource dataSource) {
        DSLContext dsl = DSL.using(dataSource, SQLDialect.H2);
        try {
            // Look before querying: a failed query on a new cache would leave an H2 trace file behind.
            int tables = dsl.fetchCount(table(name("INFORMATION_SCHEMA", "TABLES")),
                    field(name("TABLE_NAME")).eq("flyway_schema_history"));
            if (tables == 0) {
                return Optional.empty();
            }
            var history = table(name("flyway_schema_history"));
            int failed = dsl.fetchCount(history, field(name("success"), Boolean.class).isFalse());
            String newest = dsl.select(field(name("version"), String.class)).from(history)
                    .where(field(name("version")).isNotNull())
                    .orderBy(field(name("installed_rank")).desc())
                    .limit(1)
                    .fetchOne(0, String.class);
            return failed == 0 && NEWEST_VERSION.equals(newest) ? Optional.of(newest) : Optional.empty();
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }
}
