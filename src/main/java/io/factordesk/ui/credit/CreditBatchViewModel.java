package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.RecordedCheck;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import io.factordesk.ui.common.TaskProgress;
import io.factordesk.ui.deals.SessionViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The portfolio: a batch check of every supplier (stored and audited as the signed-in officer, with
 * progress and cancel), its results, and the score distribution by grade and decision, from the batch
 * just run or from the newest stored check of each supplier.
 */
public final class CreditBatchViewModel {

    private record Batch(List<RecordedCheck> checks, List<String> grades) {
    }

    private final Supplier<CreditCheckService> checks;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> suppliers;
    private final ScoreDistributionViewModel distribution;

    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Consumer<RecordedCheck> onOpen = check -> { };
    private TaskHandle batch = TaskHandle.DONE;
    private String statusKey;
    private long statusCount;

    public CreditBatchViewModel(Supplier<CreditCheckService> checks, SessionViewModel session, TaskExecutor executor,
                                DialogService dialogs, Messages messages, ObservableList<SupplierSummary> suppliers,
                                ScoreDistributionViewModel distribution) {
        this.checks = checks;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.suppliers = suppliers;
        this.distribution = distribution;
        messages.localeProperty().addListener((obs, old, now) -> translateAgain());
    }

    void setOnOpen(Consumer<RecordedCheck> action) {
        onOpen = action;
    }

    /** The tab came to the front: the distribution of the stored checks, unless it is already shown. */
    public void show() {
        if (!running.get()) {
            distribution.show();
        }
    }

    /** The cache changed underneath: results and chart are no longer its picture. */
    void reload() {
        rows.clear();
        distribution.reload();
    }

    public void runBatch() {
        if (running.get()) {
            return;
        }
        session.asOfficer(officer -> {
            running.set(true);
            progress.set(-1);
            status("credit.batch.starting", 0);
            batch = executor.execute(BackgroundTask.of(work -> {
                CreditCheckService service = checks.get();
                return new Batch(service.checkAllAndRecord(null, officer.login(), listenerFor(work)),
                        service.gradeNames());
            }).onProgress((fraction, message) -> {
                progress.set(fraction);
                // The task's message starts empty; a stage key from the service replaces it.
                if (message != null && !message.isBlank()) {
                    status(message, 0);
                }
            }).onSuccess(done -> {
                running.set(false);
                progress.set(1);
                Map<Long, SupplierSummary> byId = suppliers.stream()
                        .collect(Collectors.toMap(SupplierSummary::id, Function.identity(), (a, b) -> a));
                rows.setAll(done.checks().stream().map(check -> new BatchRow(byId.get(check.supplierId()), check))
                        .toList());
                status("credit.batch.done", done.checks().size());
                distribution.fromBatch(done.checks(), done.grades());
            }).onCancelled(() -> {
                running.set(false);
                progress.set(0);
                status("credit.batch.cancelled", 0);
                distribution.loadStored();
            }).onFailure(failure -> {
                running.set(false);
                progress.set(0);
                status(null, 0);
                dialogs.showError(messages.get("error.title"), messages.get("credit.batch.failed"), failure);
            }));
        });
    }

    public void cancel() {
        batch.cancel();
    }

    public void open(BatchRow row) {
        if (row != null) {
            onOpen.accept(row.check());
        }
    }

    /** Remembers the key so a language switch can say the same again. */
    private void status(String key, long count) {
        statusKey = key;
        statusCount = count;
        status.set(key == null ? "" : messages.translate(key).equals(key) ? key
                : messages.get(key, messages.count(count)));
    }

    private void translateAgain() {
        if (statusKey != null) {
            status(statusKey, statusCount);
        }
    }

    private static ProgressListener listenerFor(TaskProgress progress) {
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

    public ObservableList<BatchRow> rows() {
        return rows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ScoreDistributionViewModel distribution() {
        return distribution;
    }
}
