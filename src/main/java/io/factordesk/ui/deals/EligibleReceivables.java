package io.factordesk.ui.deals;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.service.DealService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supplier's receivables eligible on the funding date, offered to the deal builder with a tick each.
 * Eligibility scans the whole cache, so listing runs in the background; a newer request wins.
 */
final class EligibleReceivables {

    private final DealService deals;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<CandidateReceivable> candidates =
            FXCollections.observableArrayList(c -> new Observable[] {c.selectedProperty()});
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    EligibleReceivables(DealService deals, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.deals = deals;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Lists what {@code supplier} may finance on {@code date}; {@code onListed} runs once they are shown. */
    void list(SupplierSummary supplier, LocalDate date, Runnable onListed, Runnable onFailed) {
        running.cancel();
        long current = ++generation;
        if (supplier == null || date == null) {
            candidates.clear();
            return;
        }
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> deals.eligibleReceivables(supplier.uscc(), date))
                .onSuccess(found -> {
                    if (current == generation) {
                        candidates.setAll(found.stream().map(CandidateReceivable::new).toList());
                        onListed.run();
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        onFailed.run();
                        candidates.clear();
                        dialogs.showError(messages.get("error.title"), messages.get("builder.loadFailed"), failure);
                    }
                }));
    }

    void selectAll(boolean selected) {
        candidates.forEach(c -> c.setSelected(selected));
    }

    List<FinancedReceivable> selected() {
        return candidates.stream().filter(CandidateReceivable::isSelected).map(CandidateReceivable::receivable)
                .toList();
    }

    ObservableList<CandidateReceivable> candidates() {
        return candidates;
    }

    BooleanProperty loadingProperty() {
        return loading;
    }
}
