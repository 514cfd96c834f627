package io.factordesk.ui.deals;

import io.factordesk.domain.deal.DealListing;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.service.ContractService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Chinese contract sets of every approved deal in the list, generated one after the other with
 * progress; cancelling stops before the next deal (a set being rendered is finished and archived).
 */
final class ContractBatch {

    private final ContractService contracts;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable afterwards;

    private final BooleanProperty running = new SimpleBooleanProperty(this, "batchRunning");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "batchProgress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "batchMessage", "");
    private TaskHandle batch = TaskHandle.DONE;

    /** {@code afterwards} runs once the batch ends, however it ends (the list shows the new statuses). */
    ContractBatch(ContractService contracts, SessionViewModel session, TaskExecutor executor, DialogService dialogs,
                  Messages messages, Runnable afterwards) {
        this.contracts = contracts;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.afterwards = afterwards;
    }

    void generateAllApproved(List<DealListing> listings) {
        List<DealListing> approved = listings.stream().filter(l -> l.status() == DealStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            dialogs.notify(messages.get("deals.batch.title"), messages.get("deals.batch.none"));
            return;
        }
        session.asOfficer(officer -> {
            running.set(true);
            progress.set(0);
            batch = executor.execute(BackgroundTask.of(task -> {
                int done = 0;
                for (DealListing listing : approved) {
                    if (task.isCancelled()) {
                        break;
                    }
                    task.update(done, approved.size(), listing.dealNo());
                    contracts.generate(listing.id(), false, officer.login());
                    done++;
                }
                task.update(done, approved.size(), "");
                return done;
            }).onProgress((fraction, text) -> {
                progress.set(fraction);
                message.set(text == null ? "" : text);
            }).onSuccess(done -> {
                finish();
                dialogs.notify(messages.get("deals.batch.title"), messages.get("deals.batch.done", done));
            }).onCancelled(this::finish)
                    .onFailure(failure -> {
                        finish();
                        DealErrors.show(dialogs, messages, "deals.generateFailed", failure);
                    }));
        });
    }

    void cancel() {
        batch.cancel();
    }

    private void finish() {
        running.set(false);
        progress.set(-1);
        message.set("");
        afterwards.run();
    }

    BooleanProperty runningProperty() {
        return running;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty messageProperty() {
        return message;
    }
}
