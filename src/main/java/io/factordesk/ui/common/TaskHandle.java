package io.factordesk.ui.common;

/** A submitted background task, which the user may cancel. */
@FunctionalInterface
public interface TaskHandle {

    TaskHandle DONE = () -> { };

    /** Asks the work to stop; the work sees it through {@link TaskProgress#isCancelled()}. */
    void cancel();
}
