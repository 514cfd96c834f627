package io.factordesk.cache;

import java.time.Clock;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;

/**
 * Runs a unit of work in one transaction: everything in it commits together or not at all. Like every
 * transaction that writes to the cache (the bulk loads of {@link CacheLoader} are the others), it passes the
 * cache's {@link SnapshotGate}.
 */
public final class Transactions {

    private final CacheDatabase cache;
    private final Clock clock;

    public Transactions(CacheDatabase cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public <T> T inTransaction(Function<CacheTransaction, T> work) {
        return cache.snapshotGate().duringTransaction(() -> run(work));
    }

    private <T> T run(Function<CacheTransaction, T> work) {
        try {
            return cache.dsl().transactionResult(configuration ->
                    work.apply(new CacheTransaction(configuration.dsl(), clock)));
        } catch (DataAccessException e) {
            // jOOQ wraps runtime exceptions thrown by the work; hand the rule violation back unwrapped.
            if (e.getCause() instanceof RuntimeException cause && !(cause instanceof DataAccessException)) {
                throw cause;
            }
            throw e;
        }
    }
}
