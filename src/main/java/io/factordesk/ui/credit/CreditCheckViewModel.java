package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.CreditOverride;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.FinancingRequest;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.RecordedCheck;
import io.factordesk.service.RequestedTerms;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One supplier's credit check: pick the supplier, run the check (stored, audited, as the signed-in
 * officer, with the what-if's terms), and show the stored result. The what-if then scores the same
 * credit file with other terms; the history lists the stored checks.
 */
public final class CreditCheckViewModel {

    /** What a run or an opened check brings back from the background. */
    private record Opened(RecordedCheck check, CreditFile file, FinancingRequest terms) {
    }

    private final Supplier<CreditCheckService> checks;
    private final SessionViewModel session;
    private final WhatIfViewModel whatIf;
    private final CreditHistoryViewModel history;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> suppliers;

    private final ObjectProperty<SupplierSummary> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final ObjectProperty<CreditCheckResult> result = new SimpleObjectProperty<>(this, "result");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<CreditOverride> override = new SimpleObjectProperty<>(this, "override");
    private long generation;
    private long shownCheckId = -1;

    public CreditCheckViewModel(Supplier<CreditCheckService> checks, SessionViewModel session, WhatIfViewModel whatIf,
                                CreditHistoryViewModel history, TaskExecutor executor, DialogService dialogs,
                                Messages messages, ObservableList<SupplierSummary> suppliers) {
        this.checks = checks;
        this.session = session;
        this.whatIf = whatIf;
        this.history = history;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.suppliers = suppliers;
        supplier.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                generation++;
                running.set(false);
                shownCheckId = -1;
                result.set(null);
                whatIf.clear();
                history.show(now, null);
            }
        });
        history.entries().addListener((ListChangeListener<StoredCreditCheck>) change -> showOverride());
    }

    /** The officer's override of the check shown, as the history (reloaded after an override) has it. */
    private void showOverride() {
        override.set(history.entries().stream().filter(c -> c.id() == shownCheckId).findFirst()
                .map(StoredCreditCheck::override).orElse(null));
    }

    /** Runs and stores a check of the chosen supplier with the what-if's terms (empty ones take the defaults). */
    public void runCheck() {
        SupplierSummary chosen = supplier.get();
        if (chosen == null) {
            dialogs.showError(messages.get("credit.check.title"), messages.get("credit.check.noSupplier"), null);
            return;
        }
        RequestedTerms terms = whatIf.availableProperty().get() ? whatIf.termsOrExplain() : RequestedTerms.DEFAULTS;
        if (terms == null) {
            return;
        }
        session.asOfficer(officer -> {
            long current = ++generation;
            running.set(true);
            executor.execute(BackgroundTask.of(progress -> {
                CreditCheckService service = checks.get();
                CreditFile file = service.creditFile(chosen.uscc(), null);
                return new Opened(service.checkAndRecord(file, officer.login(), terms), file,
                        service.request(file, terms));
            }).onSuccess(opened -> show(current, opened))
                    .onFailure(failure -> failed(current, failure)));
        });
    }

    /** Shows a check stored by the batch and reads the supplier's file again for the what-if. */
    public void open(RecordedCheck check) {
        SupplierSummary owner = suppliers.stream().filter(s -> s.id() == check.supplierId()).findFirst().orElse(null);
        supplier.set(owner);
        long current = ++generation;
        result.set(check.result());
        if (owner == null) {
            return;
        }
        running.set(true);
        executor.execute(BackgroundTask.of(progress -> {
            CreditCheckService service = checks.get();
            CreditFile file = service.creditFile(owner.uscc(), check.result().asOf());
            return new Opened(check, file, service.request(file, RequestedTerms.DEFAULTS));
        }).onSuccess(opened -> show(current, opened))
                .onFailure(failure -> failed(current, failure)));
    }

    private void show(long requested, Opened opened) {
        if (requested != generation) {
            return;
        }
        running.set(false);
        shownCheckId = opened.check().checkId();
        showOverride();
        result.set(opened.check().result());
        whatIf.open(opened.file(), opened.terms());
        history.show(supplier.get(), opened.check().checkId());
    }

    private void failed(long requested, Throwable failure) {
        if (requested == generation) {
            running.set(false);
            dialogs.showError(messages.get("error.title"), messages.get("credit.check.failed"), failure);
        }
    }

    /** After the cache changed underneath: nothing shown belongs to it any more. */
    void clear() {
        supplier.set(null);
    }

    public ObservableList<SupplierSummary> suppliers() {
        return suppliers;
    }

    public ObjectProperty<SupplierSummary> supplierProperty() {
        return supplier;
    }

    public ReadOnlyObjectProperty<CreditCheckResult> resultProperty() {
        return result;
    }

    /** The override of the check shown; null when it has none. */
    public ReadOnlyObjectProperty<CreditOverride> overrideProperty() {
        return override;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    public CreditHistoryViewModel history() {
        return history;
    }
}
