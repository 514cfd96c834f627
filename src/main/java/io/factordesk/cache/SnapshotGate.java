package io.factordesk.cache;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps commits out of the moment a read over several connections opens its snapshots, so that together
 * they see one state of the cache. Every write transaction holds the shared side while it runs; the read
 * holds the exclusive side only while it runs the first statement on each of its connections. One gate
 * per database, whatever the number of {@link Transactions}.
 */
final class SnapshotGate {

    // Reentrant: a transaction nested in another (a savepoint) takes the shared side again.
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Runs a write transaction (the whole of it, commit included) through the gate. */
    <T> T duringTransaction(Supplier<T> transaction) {
        lock.readLock().lock();
        try {
            return transaction.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Closes the gate once the running transactions end; false, leaving it open, when that takes longer
     * than the wait or when this thread is inside a transaction itself (it would wait for itself).
     */
    boolean closeWithin(long millis) throws InterruptedException {
        return lock.getReadHoldCount() == 0 && lock.writeLock().tryLock(millis, TimeUnit.MILLISECONDS);
    }

    void open() {
        lock.writeLock().unlock();
    }
}
