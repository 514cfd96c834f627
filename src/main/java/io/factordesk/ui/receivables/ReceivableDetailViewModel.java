package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReceivableDossier;
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

/** The detail pane: one receivable's fields, eligibility verdict with reasons, and verification trail. */
public final class ReceivableDetailViewModel {

    private final ReviewDeskService desk;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<ReceivableDossier> dossier = new SimpleObjectProperty<>(this, "dossier");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private Long shownId;
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    public ReceivableDetailViewModel(ReviewDeskService desk, TaskExecutor executor, DialogService dialogs,
                                     Messages messages) {
        this.desk = desk;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows a receivable, or nothing when id is null; the same receivable again is not re-read. */
    public void show(Long id) {
        if (id != null && id.equals(shownId) && dossier.get() != null) {
            return;
        }
        shownId = id;
        reload();
    }

    /** Reads the shown receivable again, e.g. after an action added to its trail. */
    public void reload() {
        running.cancel();
        long current = ++generation;
        Long id = shownId;
        if (id == null) {
            dossier.set(null);
            loading.set(false);
            return;
        }
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> desk.dossier(id))
                .onSuccess(found -> {
                    if (current == generation) {
                        dossier.set(found);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dossier.set(null);
                        dialogs.showError(messages.get("error.title"), messages.get("desk.detailFailed"), failure);
                    }
                }));
    }

    public Long shownId() {
        return shownId;
    }

    public ObjectProperty<ReceivableDossier> dossierProperty() {
        return dossier;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
