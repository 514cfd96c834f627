package io.factordesk.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receivable table's lookup indexes that no constraint relies on: the review desk's sorts and invoice
 * searches (Flyway V1, V4 and V7 create them). A bulk import into a table much smaller than the file drops them
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
            new Definition("ix_receivable_contract", "contract_ref"));

    private final DSLContext dsl;

    public ReceivableLookupIndexes(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Drops the lookup indexes, each in its own auto-committed statement.
     *
     * @return false, with every index in place again, when the table cannot be locked (another transaction
     *     is writing it): the import then maintains the indexes as it goes
     */
    public boolean suspend() {
        List<Definition> dropped = new ArrayList<>();
        try {
            for (Definition index : DEFINITIONS) {
                dsl.execute("DROP INDEX IF EXISTS " + index.name());
                dropped.add(index);
            }
            return true;
        } catch (DataAccessException e) {
            LOG.warn("Receivable lookup indexes kept during the import: {}", e.getMessage());
            restore();
            return false;
        }
    }

    /** Builds every lookup index that is missing; a no-op for those present. */
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
        for (int i = 0; i < DEFINITIONS.size(); i++) {
            try {
                dsl.execute(DEFINITIONS.get(i).create());
            } catch (DataAccessException e) {
                LOG.warn("Receivable index {} not rebuilt now, it will be when the cache opens: {}",
                        DEFINITIONS.get(i).name(), e.getMessage());
                return false;
            }
            built.accept(i + 1);
        }
        return true;
    }

    public int count() {
        return DEFINITIONS.size();
    }
}
