package io.factordesk.cache;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Loads whole portfolios into the cache (the demo today, a server snapshot later) without the caller
 * seeing jOOQ: clear everything, write parties and officers in one transaction, stream the bulk rows.
 */
public final class CacheLoader {

    /** The writers bound to one open transaction. */
    public record Transaction(PartyWriter parties, OfficerRepository officers) {
    }

    private final CacheDatabase cache;
    private final DSLContext dsl;

    public CacheLoader(CacheDatabase cache) {
        this.cache = cache;
        this.dsl = cache.dsl();
    }

    /** Empties every table in one transaction (children first). */
    public void clearAll() {
        cache.snapshotGate().duringTransaction(() -> {
            new CacheReset(dsl).clearAll();
            return null;
        });
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<Transaction, T> work) {
        return cache.snapshotGate().duringTransaction(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            return work.apply(new Transaction(new PartyWriter(tx), new OfficerRepository(tx)));
        }));
    }

    /** The receivable lookup indexes, dropped while a whole portfolio is written and built once after. */
    public ReceivableLookupIndexes lookupIndexes() {
        return new ReceivableLookupIndexes(dsl);
    }

    /** A writer for receivables and trading months in batches of 5,000, each batch its own transaction. */
    public PortfolioBulkWriter bulkWriter() {
        return new PortfolioBulkWriter(cache);
    }
}
