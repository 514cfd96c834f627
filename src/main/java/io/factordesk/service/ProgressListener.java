package io.factordesk.service;

/** How long work reports progress and learns it was cancelled; the UI adapts a JavaFX Task to it. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String stage) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param stage a message key naming the current stage */
    void progress(long done, long total, String stage);

    boolean isCancelled();
}
