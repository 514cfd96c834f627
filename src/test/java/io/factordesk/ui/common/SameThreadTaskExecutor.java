package io.factordesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs background tasks on the calling thread, so view models are tested without the FX toolkit.
 * In deferred mode tasks wait until {@link #runPending()}, to test overlapping requests and cancellation.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private boolean deferred;
    private int executed;

    public SameThreadTaskExecutor deferred() {
        deferred = true;
        return this;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        Runnable run = () -> {
            executed++;
            if (cancelled[0]) {
                task.cancelled();
                return;
            }
            TaskProgress progress = new TaskProgress() {
                @Override
                public void update(long done, long total, String message) {
                    task.progressed(total <= 0 ? -1 : (double) done / total, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
            try {
                T value = task.work().call(progress);
                if (cancelled[0]) {
                    task.cancelled();
                } else {
                    task.succeeded(value);
                }
            } catch (Exception e) {
                if (cancelled[0]) {
                    task.cancelled();
                } else {
                    task.failed(e);
                }
            }
        };
        if (deferred) {
            pending.add(run);
        } else {
            run.run();
        }
        return () -> cancelled[0] = true;
    }

    /** Runs queued tasks in submission order, including tasks they submit. */
    public void runPending() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /** Runs only the oldest queued task. */
    public void runPendingOnce() {
        if (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    public int executedCount() {
        return executed;
    }

    @Override
    public void close() {
        pending.clear();
    }
}
