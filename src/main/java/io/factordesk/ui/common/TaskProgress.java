package io.factordesk.ui.common;

/** What running work sees of its task: where to report progress and whether the user cancelled. */
public interface TaskProgress {

    void update(long done, long total, String message);

    boolean isCancelled();
}
