package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.OverrideRefusedException;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.Decision;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.CreditOverrideService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supplier's stored checks, newest first, and the officer's override of the selected one: approve
 * or decline against the model with a written justification. The service enforces the rules; this
 * shows its refusal in the officer's language.
 */
public final class CreditHistoryViewModel {

    private final Supplier<CreditCheckService> checks;
    private final CreditOverrideService overrides;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<StoredCreditCheck> entries = FXCollections.observableArrayList();
    private final ObjectProperty<StoredCreditCheck> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Decision> overrideDecision = new SimpleObjectProperty<>(this, "overrideDecision");
    private final StringProperty justification = new SimpleStringProperty(this, "justification", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty overriding = new SimpleBooleanProperty(this, "overriding");
    private final BooleanBinding canOverride;

    private final ObjectProperty<SupplierSummary> supplier = new SimpleObjectProperty<>(this, "supplier");
    private long generation;

    public CreditHistoryViewModel(Supplier<CreditCheckService> checks, CreditOverrideService overrides,
                                  SessionViewModel session, TaskExecutor executor, DialogService dialogs,
                                  Messages messages) {
        this.checks = checks;
        this.overrides = overrides;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        canOverride = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().override() == null && !overriding.get(),
                selected, overriding);
        selected.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                overrideDecision.set(opposite(now.decision()));
            }
        });
    }

    /** Lists the supplier's checks and selects the one with the id (the newest when null or not found). */
    void show(SupplierSummary shown, Long selectId) {
        supplier.set(shown);
        long current = ++generation;
        if (shown == null) {
            entries.clear();
            selected.set(null);
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of(progress -> checks.get().history(shown.uscc()))
                .onSuccess(found -> {
                    if (current == generation) {
                        loading.set(false);
                        entries.setAll(found);
                        selected.set(found.stream().filter(c -> selectId != null && c.id() == selectId).findFirst()
                                .orElse(found.isEmpty() ? null : found.get(0)));
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("error.title"), messages.get("credit.history.failed"), failure);
                    }
                }));
    }

    /** Records the override of the selected check as the signed-in officer (asking who that is first). */
    public void override() {
        StoredCreditCheck check = selected.get();
        if (check == null) {
            dialogs.showError(messages.get("credit.override.title"), messages.get("credit.override.noneSelected"), null);
            return;
        }
        Decision decision = overrideDecision.get();
        String text = justification.get();
        session.asOfficer(officer -> {
            overriding.set(true);
            executor.execute(BackgroundTask.of(progress -> overrides.override(check.id(), check.version(), decision,
                            text, officer.login()))
                    .onSuccess(stored -> {
                        overriding.set(false);
                        justification.set("");
                        dialogs.notify(messages.get("credit.override.title"), messages.get("credit.override.recorded",
                                labelOf(stored.override().decision()), officer.login()));
                        show(supplier.get(), stored.id());
                    })
                    .onFailure(failure -> {
                        overriding.set(false);
                        if (failure instanceof OverrideRefusedException refused) {
                            dialogs.showError(messages.get("credit.override.title"),
                                    messages.get(refused.messageKey(), refused.args()), null);
                            if ("credit.override.changedMeanwhile".equals(refused.messageKey())) {
                                show(supplier.get(), check.id());
                            }
                        } else {
                            dialogs.showError(messages.get("error.title"), messages.get("credit.override.failed"),
                                    failure);
                        }
                    }));
        });
    }

    private String labelOf(String decision) {
        return new CreditLabels(messages).decision(decision);
    }

    /** Against the model: a declined or referred check is overridden to approve, an approved one to decline. */
    private static Decision opposite(String modelDecision) {
        return Decision.APPROVE.name().equals(modelDecision) ? Decision.DECLINE : Decision.APPROVE;
    }

    public ReadOnlyObjectProperty<SupplierSummary> supplierProperty() {
        return supplier;
    }

    public SupplierSummary supplier() {
        return supplier.get();
    }

    public ObservableList<StoredCreditCheck> entries() {
        return entries;
    }

    public ObjectProperty<StoredCreditCheck> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Decision> overrideDecisionProperty() {
        return overrideDecision;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty overridingProperty() {
        return overriding;
    }

    public BooleanBinding canOverrideProperty() {
        return canOverride;
    }
}
