package io.factordesk.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receivable table's lookup indexes that no constraint relies on: the review desk's sorts and invoice
 * searches (Flyway V1, V4, V7 and V8 create them). A bulk import into a table much smaller than the file drops them
 * and builds them again after its transaction, the usual way to populate a database: H2 builds an index of
 * a million rows from sorted runs several times faster than it maintains it row by row. The primary key,
 * the supplier and debtor indexes behind the foreign keys and every constraint stay in place throughout,
 * so the data is checked exactly as always. An index missing after a crash in between is rebuilt when the
 * cache opens.
 */
public final class ReceivableLookupIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivableLookupIndexes.class);

    /** Name and columns, exactly as the migrations create them. */
    record Definition(String name, String columns) {

        String create() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON receivable (" + columns + ")";
        }
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition("ix_receivable_invoice", "invoice_code, invoice_no"),
            new Definition("ix_receivable_due", "due_date"),
            new Definition("ix_receivable_face", "face_amount"),
            new Definition("ix_receivable_invoice_no", "invoice_no"),
            new Definition("ix_receivable_contract", "contract_ref"),
            new Definition("ix_receivable_issue", "issue_date, due_date"));

    private final DSLContext dsl;

    public ReceivableLookupIndexes(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs a bulk load without the lookup indexes and builds them after it, whatever its outcome, telling how
     * many of {@link #count()} are in place (0 first, then after each one). When the table cannot be locked
     * to drop them (another transaction is writing it) the load maintains them as it goes.
     */
    public <T> T rebuiltAfter(Supplier<T> load, IntConsumer built) {
        boolean suspended = suspend();
        try {
            return load.get();
        } finally {
            if (suspended) {
                built.accept(0);
                restore(built);
            }
        }
    }

    /** Drops the lookup indexes, each in its own auto-committed statement; false, all kept, when it cannot. */
    boolean suspend() {
        try {
            for (Definition index : DEFINITIONS) {
                dsl.execute("DROP INDEX IF EXISTS " + index.name());
            }
            return true;
        } catch (DataAccessException e) {
            LOG.warn("Receivable lookup indexes kept during the load: {}", e.getMessage());
            restore();
            return false;
        }
    }

    /** Builds every lookup index that is missing; one catalogue query and nothing else when none is. */
    public boolean restore() {
        return restore(built -> { });
    }

    /**
     * As {@link #restore()}, telling how many of {@link #count()} indexes are in place after each one.
     *
     * @return false when an index could not be built now (another transaction holds the table past H2's lock
     *     timeout): the data is unaffected, queries are slower, and the index is built when the cache next opens
     */
    public boolean restore(IntConsumer built) {
        Set<String> present = new HashSet<>(dsl.resultQuery("SELECT LOWER(index_name) FROM information_schema.indexes"
                + " WHERE table_name = 'RECEIVABLE'").fetch(0, String.class));
        for (int i = 0; i < DEFINITIONS.size(); i++) {
            Definition index = DEFINITIONS.get(i);
            if (!present.contains(index.name())) {
                try {
                    dsl.execute(index.create());
                } catch (DataAccessException e) {
                    LOG.warn("Receivable index {} not rebuilt now, it will be when the cache opens: {}",
                            index.name(), e.getMessage());
                    return false;
                }
            }
            built.accept(i + 1);
        }
        return true;
    }

    public int count() {
        return DEFINITIONS.size();
    }
}
