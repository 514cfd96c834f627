package io.factordesk.ui.receivables;

import io.factordesk.service.EligibilityScanService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;

/** Scans the whole cache for eligibility as of today, with progress and cancel; the old scan stays on cancel. */
public final class EligibilityRescanViewModel {

    private final EligibilityScanService scan;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final JobProgress job;
    private Runnable onDone = () -> { };

    public EligibilityRescanViewModel(EligibilityScanService scan, TaskExecutor executor, DialogService dialogs,
                                      Messages messages, Clock clock, JobProgress job) {
        this.scan = scan;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.job = job;
    }

    public void setOnDone(Runnable action) {
        this.onDone = action;
    }

    public void rescan() {
        if (job.runningProperty().get()) {
            return;
        }
        LocalDate asOf = LocalDate.now(clock);
        job.begin(messages.get("desk.rescanStarting"));
        job.running(executor.execute(BackgroundTask.of(progress -> scan.scanAll(asOf, JobProgress.listener(progress)))
                .onProgress(job::progressed)
                .onSuccess(counts -> {
                    job.finished();
                    dialogs.notify(messages.get("desk.rescanTitle"), messages.get("desk.rescanDone",
                            messages.count(counts.scanned()), messages.count(counts.eligible()), messages.date(asOf)));
                    onDone.run();
                })
                .onCancelled(() -> {
                    job.finished();
                    dialogs.notify(messages.get("desk.rescanTitle"), messages.get("desk.rescanCancelled"));
                })
                .onFailure(failure -> {
                    job.finished();
                    dialogs.showError(messages.get("error.title"), messages.get("desk.rescanFailed"), failure);
                })));
    }
}
