package io.factordesk.ui.credit;

import io.factordesk.domain.credit.CreditFile;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.FinancingRequest;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.RequestedTerms;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The what-if: tenor, advance rate and amount as the officer types them, and the price and decision
 * they would get, recomputed as the values change. It scores the credit file read by the last check,
 * so nothing touches the database and nothing is stored. At most one computation runs at a time; a
 * change made meanwhile is computed when it ends (older answers are dropped by generation).
 */
public final class WhatIfViewModel {

    private final Supplier<CreditCheckService> checks;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final TypedTerms typed;

    private final StringProperty tenorDays = new SimpleStringProperty(this, "tenorDays", "");
    private final StringProperty advanceRate = new SimpleStringProperty(this, "advanceRate", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ObjectProperty<CreditCheckResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final BooleanProperty computing = new SimpleBooleanProperty(this, "computing");

    private CreditFile file;
    private boolean filling;
    private boolean inFlight;
    private long generation;
    private int computations;

    public WhatIfViewModel(Supplier<CreditCheckService> checks, TaskExecutor executor, DialogService dialogs,
                           Messages messages) {
        this.checks = checks;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.typed = new TypedTerms(messages);
        for (StringProperty field : List.of(tenorDays, advanceRate, amount)) {
            field.addListener((obs, old, now) -> changed());
        }
        messages.localeProperty().addListener((obs, old, now) -> {
            if (problem.get() != null) {
                changed();
            }
        });
    }

    /** Holds the supplier's file and shows the terms a check ran with, priced. */
    void open(CreditFile creditFile, FinancingRequest terms) {
        file = creditFile;
        filling = true;
        tenorDays.set(Integer.toString(terms.tenorDays()));
        advanceRate.set(TypedTerms.percent(terms.advanceRate()));
        amount.set(terms.requestedAmount().setScale(2, RoundingMode.HALF_UP).toPlainString());
        filling = false;
        available.set(true);
        changed();
    }

    /** Another supplier: nothing to try until its check has run. */
    void clear() {
        file = null;
        generation++;
        filling = true;
        tenorDays.set("");
        advanceRate.set("");
        amount.set("");
        filling = false;
        available.set(false);
        result.set(null);
        problem.set(null);
        computing.set(false);
    }

    private void changed() {
        if (filling) {
            return;
        }
        long current = ++generation;
        if (file == null) {
            return;
        }
        RequestedTerms terms;
        try {
            terms = terms();
        } catch (TypedTerms.Invalid invalid) {
            problem.set(invalid.getMessage());
            result.set(null);
            // A computation still running reports back and lands here again; then the spinner stops.
            computing.set(inFlight);
            return;
        }
        problem.set(null);
        if (inFlight) {
            return;
        }
        inFlight = true;
        computing.set(true);
        computations++;
        CreditFile scored = file;
        executor.execute(BackgroundTask.of(progress -> checks.get().whatIf(scored, terms))
                .onSuccess(priced -> finished(current, () -> result.set(priced)))
                .onFailure(failure -> finished(current, () -> {
                    result.set(null);
                    problem.set(messages.get("credit.whatIf.failed"));
                    dialogs.showError(messages.get("error.title"), messages.get("credit.whatIf.failed"), failure);
                })));
    }

    private void finished(long requested, Runnable show) {
        inFlight = false;
        if (requested == generation) {
            computing.set(false);
            show.run();
        } else {
            changed();
        }
    }

    /** The terms as typed; an empty field takes the credit file's default. */
    RequestedTerms terms() {
        return typed.parse(amount.get(), tenorDays.get(), advanceRate.get());
    }

    /** The terms as typed, or null after telling the officer what is wrong with them. */
    RequestedTerms termsOrExplain() {
        try {
            return terms();
        } catch (TypedTerms.Invalid invalid) {
            dialogs.showError(messages.get("credit.whatIf.invalidTitle"), invalid.getMessage(), null);
            return null;
        }
    }

    public StringProperty tenorDaysProperty() {
        return tenorDays;
    }

    public StringProperty advanceRateProperty() {
        return advanceRate;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyObjectProperty<CreditCheckResult> resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** True once a check has given the what-if a credit file to score. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing;
    }

    /** How many computations were started (a test sees that quick changes are coalesced). */
    int computations() {
        return computations;
    }
}
