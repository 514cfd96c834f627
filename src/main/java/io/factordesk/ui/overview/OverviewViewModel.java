package io.factordesk.ui.overview;

import io.factordesk.domain.PortfolioTotals;
import io.factordesk.service.PortfolioOverviewService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The portfolio overview: counts, open and overdue exposure, loaded in the background. */
public final class OverviewViewModel implements ReloadableViewModel {

    private final PortfolioOverviewService overview;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<PortfolioTotals> totals = new SimpleObjectProperty<>(this, "totals");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    public OverviewViewModel(PortfolioOverviewService overview, TaskExecutor executor, DialogService dialogs,
                             Messages messages) {
        this.overview = overview;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void reload() {
        loading.set(true);
        executor.execute(BackgroundTask.of(progress -> overview.totals())
                .onSuccess(result -> {
                    totals.set(result);
                    loading.set(false);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    dialogs.showError(messages.get("error.title"), messages.get("error.overview"), failure);
                }));
    }

    public ObjectProperty<PortfolioTotals> totalsProperty() {
        return totals;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
