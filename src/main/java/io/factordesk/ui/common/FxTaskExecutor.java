package io.factordesk.ui.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs background tasks as JavaFX {@link Task}s on one pool of daemon threads. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final ExecutorService pool;
    private final Set<Task<?>> unfinished = ConcurrentHashMap.newKeySet();

    public FxTaskExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "factordesk-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> background) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return background.work().call(new TaskProgress() {
                    @Override
                    public void update(long done, long total, String message) {
                        report(done, total, message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }

            private void report(long done, long total, String message) {
                updateProgress(done, total);
                if (message != null) {
                    updateMessage(message);
                }
            }
        };
        task.progressProperty().addListener((obs, old, now) ->
                background.progressed(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, old, now) ->
                background.progressed(task.getProgress(), now));
        task.setOnSucceeded(event -> background.succeeded(task.getValue()));
        task.setOnCancelled(event -> background.cancelled());
        task.setOnFailed(event -> {
            LOG.debug("Background task failed", task.getException());
            background.failed(task.getException());
        });
        unfinished.add(task);
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                unfinished.remove(task);
            }
        });
        // No interrupt: an interrupted thread would close the H2 file channel under other queries.
        return () -> task.cancel(false);
    }

    /**
     * Asks running work to stop and waits for it briefly, so the cache is closed after the last
     * query rather than under it (a demo rebuild, for one, clears a cancelled cache before it ends).
     */
    @Override
    public void close() {
        unfinished.forEach(task -> task.cancel(false));
        pool.shutdown();
        try {
            if (!pool.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after {} s; closing anyway", CLOSE_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
