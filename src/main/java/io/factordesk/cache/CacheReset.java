package io.factordesk.cache;

import io.factordesk.cache.jooq.DefaultSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Table;

/**
 * Empties every cache table in one transaction, children before parents, so the cache is either
 * fully cleared or untouched. The order comes from the generated foreign keys, so tables added by
 * later migrations are covered without editing this class.
 */
public final class CacheReset {

    private final DSLContext dsl;

    public CacheReset(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void clearAll() {
        List<Table<?>> order = deletionOrder();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            for (Table<?> table : order) {
                tx.deleteFrom(table).execute();
            }
        });
    }

    /** Tables ordered so that every table comes before the tables its foreign keys point to. */
    static List<Table<?>> deletionOrder() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        tables.sort(Comparator.comparing(Table::getName));
        Set<Table<?>> ordered = new LinkedHashSet<>();
        Set<Table<?>> visiting = new LinkedHashSet<>();
        for (Table<?> table : tables) {
            visitReferrersFirst(table, tables, ordered, visiting);
        }
        return List.copyOf(ordered);
    }

    private static void visitReferrersFirst(Table<?> table, List<Table<?>> all, Set<Table<?>> ordered,
                                            Set<Table<?>> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (Table<?> other : all) {
            if (other != table && references(other, table)) {
                visitReferrersFirst(other, all, ordered, visiting);
            }
        }
        ordered.add(table);
    }

    private static boolean references(Table<?> child, Table<?> parent) {
        for (ForeignKey<?, ?> key : child.getReferences()) {
            if (key.getKey().getTable().equals(parent)) {
                return true;
            }
        }
        return false;
    }
}
