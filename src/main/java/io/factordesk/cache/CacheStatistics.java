package io.factordesk.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import io.factordesk.cache.jooq.DefaultSchema;

/** Row counts per table, for the status bar and `factordesk info`. */
public final class CacheStatistics {

    private final DSLContext dsl;

    public CacheStatistics(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every cache table with its row count, in name order. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(java.util.Comparator.comparing(Table::getName))
                .forEach(table -> counts.put(table.getName(), (long) dsl.fetchCount(table)));
        return counts;
    }

    public long count(Table<?> table) {
        return dsl.fetchCount(table);
    }
}
