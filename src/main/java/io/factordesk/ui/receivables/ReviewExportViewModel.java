package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.ReceivablesExportService;
import io.factordesk.service.ReceivablesExportService.Format;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Exports the filtered view, in its sort order, to XLSX or CSV with progress and cancel. */
public final class ReviewExportViewModel {

    /** The filtered view the officer is looking at. */
    public record View(ReviewFilter filter, ReviewSort sort, boolean descending) {
    }

    private final ReceivablesExportService export;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final JobProgress job;
    private final Supplier<View> currentView;
    private ExportTargetChooser chooser = (format, name) -> Optional.empty();

    public ReviewExportViewModel(ReceivablesExportService export, TaskExecutor executor, DialogService dialogs,
                                 Messages messages, Clock clock, JobProgress job, Supplier<View> currentView) {
        this.export = export;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.job = job;
        this.currentView = currentView;
    }

    /** The desktop's file chooser, set by the view (it needs the window). */
    public void setChooser(ExportTargetChooser chooser) {
        this.chooser = chooser;
    }

    public void export(Format format) {
        if (job.runningProperty().get()) {
            return;
        }
        String suggested = messages.get("desk.exportFileName", messages.date(LocalDate.now(clock)))
                + (format == Format.CSV ? ".csv" : ".xlsx");
        Optional<Path> target = chooser.choose(format, suggested);
        if (target.isEmpty()) {
            return;
        }
        View view = currentView.get();
        Path file = target.get();
        job.begin(messages.get("desk.exportStarting"));
        job.running(executor.execute(BackgroundTask.of(progress -> write(view, file, format,
                        JobProgress.listener(progress)))
                .onProgress(job::progressed)
                .onSuccess(written -> {
                    job.finished();
                    dialogs.notify(messages.get("desk.exportTitle"),
                            messages.get("desk.exportDone", messages.count(written), file.toString()));
                })
                .onCancelled(() -> {
                    job.finished();
                    dialogs.notify(messages.get("desk.exportTitle"), messages.get("desk.exportCancelled"));
                })
                .onFailure(failure -> {
                    job.finished();
                    dialogs.showError(messages.get("error.title"), messages.get("desk.exportFailed", file.toString()),
                            failure);
                })));
    }

    private long write(View view, Path file, Format format, ProgressListener listener) {
        return export.export(view.filter(), view.sort(), view.descending(), file, format, headers(),
                messages.isEnglish(), listener);
    }

    private List<String> headers() {
        return List.of(messages.get("receivables.column.invoiceCode"), messages.get("receivables.column.invoiceNo"),
                messages.get("receivables.column.supplier"), messages.get("desk.column.supplierUscc"),
                messages.get("receivables.column.debtor"), messages.get("desk.column.debtorUscc"),
                messages.get("receivables.column.issueDate"), messages.get("receivables.column.dueDate"),
                messages.get("receivables.column.faceAmount"), messages.get("desk.column.currency"),
                messages.get("receivables.column.status"), messages.get("receivables.column.contract"),
                messages.get("desk.column.eligibility"), messages.get("desk.column.failedRules"));
    }
}
