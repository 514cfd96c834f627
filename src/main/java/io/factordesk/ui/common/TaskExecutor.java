package io.factordesk.ui.common;

/**
 * The one way the UI runs database and other slow work: off the FX thread, outcome back on it.
 * Tests use a same-thread implementation so view models run without the FX toolkit.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting work; running work is asked to cancel. */
    @Override
    void close();
}
