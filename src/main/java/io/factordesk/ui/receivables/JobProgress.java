package io.factordesk.ui.receivables;

import io.factordesk.service.ProgressListener;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskHandle;
import io.factordesk.ui.common.TaskProgress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The desk's one long job at a time (rescan or export): whether it runs, how far, the stage, and cancel.
 */
public final class JobProgress {

    private final Messages messages;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private TaskHandle handle = TaskHandle.DONE;

    public JobProgress(Messages messages) {
        this.messages = messages;
    }

    /** Before the task is handed to the executor (a same-thread executor finishes it inside). */
    void begin(String firstMessage) {
        fraction.set(-1);
        message.set(firstMessage);
        running.set(true);
    }

    void running(TaskHandle task) {
        if (running.get()) {
            handle = task;
        }
    }

    void progressed(double done, String stageKey) {
        fraction.set(done);
        message.set(messages.translate(stageKey));
    }

    void finished() {
        running.set(false);
        handle = TaskHandle.DONE;
    }

    public void cancel() {
        handle.cancel();
    }

    /** The service's view of the running task: progress by stage key, cancelled when the officer says so. */
    static ProgressListener listener(TaskProgress progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                progress.update(done, total, stage);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
