package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewTotals;
import io.factordesk.service.ReviewDeskService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Count, face, eligible and advanceable of the filtered set; summed in H2 after the page has arrived. */
public final class ReviewTotalsViewModel {

    private final ReviewDeskService desk;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<ReviewTotals> totals = new SimpleObjectProperty<>(this, "totals");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    public ReviewTotalsViewModel(ReviewDeskService desk, TaskExecutor executor, DialogService dialogs,
                                 Messages messages) {
        this.desk = desk;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void load(ReviewFilter filter) {
        running.cancel();
        long current = ++generation;
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> desk.totals(filter))
                .onSuccess(found -> {
                    if (current == generation) {
                        totals.set(found);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("error.title"), messages.get("error.receivables"), failure);
                    }
                }));
    }

    public ObjectProperty<ReviewTotals> totalsProperty() {
        return totals;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
