package io.factordesk.cache;

import io.factordesk.cache.EligibilityFactsRepository.ReadProgress;
import io.factordesk.domain.eligibility.ReceivableBook;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the receivable table over several snapshots opened on one state, each worker thread a disjoint
 * range of ids, and joins the parts into one book in id order. H2 runs each query on one core, so two
 * connections read in about half the time on two. Progress is told on the calling thread, summed over the
 * workers. A listener that throws, a worker that fails or an interrupt stops every worker, and the read
 * returns only once none is using its connection any more.
 */
final class ParallelBookRead {

    private static final int WORKER_DONE = -1;

    private final List<ReceivableSnapshot> snapshots;
    private final ReceivableSnapshot.IdRange ids;
    private final int count;
    private final int chunk;
    private final ReceivableBook[] parts;
    private final BlockingQueue<Integer> chunksRead = new LinkedBlockingQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** @param count how many receivables the snapshots hold */
    ParallelBookRead(List<ReceivableSnapshot> snapshots, ReceivableSnapshot.IdRange ids, int count, int chunk) {
        this.snapshots = snapshots;
        this.ids = ids;
        this.count = count;
        this.chunk = chunk;
        this.parts = new ReceivableBook[snapshots.size()];
    }

    ReceivableBook read(ReadProgress progress) throws SQLException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(parts.length, daemonThreads());
        try {
            for (int part = 0; part < parts.length; part++) {
                int range = part;
                workers.execute(() -> readPart(range));
            }
            long read = 0;
            for (int running = parts.length; running > 0; ) {
                int rows = chunksRead.take();
                if (rows == WORKER_DONE) {
                    running--;
                } else if (!stop.get()) {
                    read += rows;
                    progress.read(read, Math.max(count, read));
                }
            }
        } finally {
            stop.set(true);
            awaitEnd(workers);
        }
        rethrowFailure();
        // The first part was sized for the whole table: the others are copied in without growing it.
        for (int part = 1; part < parts.length; part++) {
            parts[0].append(parts[part]);
            parts[part] = null;
        }
        return parts[0];
    }

    private void readPart(int part) {
        try {
            int expectedSize = part == 0 ? count : count / parts.length + chunk;
            parts[part] = snapshots.get(part).read(boundary(part), boundary(part + 1), expectedSize, chunk, rows -> {
                chunksRead.add(rows);
                return !stop.get();
            });
        } catch (SQLException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stop.set(true);
        } finally {
            chunksRead.add(WORKER_DONE);
        }
    }

    /** Splits the ids evenly by value: a cache's ids come from one identity column, so the rows split alike. */
    private long boundary(int part) {
        long span = ids.last() - ids.first() + 1;
        return ids.first() - 1 + span / parts.length * part + span % parts.length * part / parts.length;
    }

    private void rethrowFailure() throws SQLException {
        Throwable cause = failure.get();
        if (cause instanceof SQLException e) {
            throw e;
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
    }

    /** Waits for the workers however often this thread is interrupted: their connections are closed next. */
    private static void awaitEnd(ExecutorService workers) {
        workers.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger serial = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "eligibility-read-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
