package io.factordesk.ui.receivables;

import io.factordesk.domain.DebtorChoice;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.service.ReviewDeskService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review desk's filters as the officer types them. A choice applies at once; typed amounts and text
 * apply on Enter. Input that cannot become a {@link ReviewFilter} is named in {@link #problemProperty()}
 * and the previous filter stays in effect.
 */
public final class ReviewFilterViewModel {

    private final ReviewDeskService desk;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> suppliers;
    private final ObservableList<DebtorChoice> debtors = FXCollections.observableArrayList();

    private final ObjectProperty<SupplierSummary> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final ObjectProperty<DebtorChoice> debtor = new SimpleObjectProperty<>(this, "debtor");
    private final ObjectProperty<ReceivableStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<EligibilityFilter> eligibility =
            new SimpleObjectProperty<>(this, "eligibility", EligibilityFilter.ALL);
    private final ObjectProperty<EligibilityRule> failedRule = new SimpleObjectProperty<>(this, "failedRule");
    private final DateRangeField issued;
    private final DateRangeField due;
    private final AmountRangeField amount;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final ObjectProperty<ReviewFilter> applied = new SimpleObjectProperty<>(this, "applied", ReviewFilter.none());

    private Consumer<ReviewFilter> onApplied = filter -> { };
    private boolean clearing;
    private boolean debtorsLoaded;

    public ReviewFilterViewModel(ReviewDeskService desk, TaskExecutor executor, DialogService dialogs,
                                 Messages messages, ObservableList<SupplierSummary> suppliers) {
        this.desk = desk;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.suppliers = suppliers;
        this.issued = new DateRangeField(this, "issued", messages, "filter.issued");
        this.due = new DateRangeField(this, "due", messages, "filter.due");
        this.amount = new AmountRangeField(this, messages);
        for (Observable choice : List.<Observable>of(supplier, debtor, status, eligibility, failedRule,
                issued.fromProperty(), issued.toProperty(), due.fromProperty(), due.toProperty())) {
            choice.addListener(obs -> {
                if (!clearing) {
                    apply();
                }
            });
        }
    }

    /** Called with every filter applied, also when it is the same as before (the officer asked again). */
    public void setOnApplied(Consumer<ReviewFilter> action) {
        this.onApplied = action;
    }

    /** The debtor choices are read once, in the background, when the desk is first shown. */
    public void loadDebtors(boolean again) {
        if (debtorsLoaded && !again) {
            return;
        }
        debtorsLoaded = true;
        executor.execute(BackgroundTask.of(progress -> desk.debtors())
                .onSuccess(debtors::setAll)
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("error.receivables"), failure)));
    }

    /** @return whether the input made a filter; otherwise {@link #problemProperty()} says which field is wrong */
    public boolean apply() {
        try {
            ReviewFilter filter = build();
            problem.set(null);
            applied.set(filter);
            onApplied.accept(filter);
            return true;
        } catch (InvalidFilterInput invalid) {
            problem.set(invalid.getMessage());
            return false;
        }
    }

    /** A date typed into the issued range that is no date: named, and the last good filter stays. */
    public void unreadableIssuedDate(String typed) {
        problem.set(messages.get("filter.problem.notADate", messages.get("filter.issued"), typed.strip()));
    }

    /** A date typed into the due range that is no date: named, and the last good filter stays. */
    public void unreadableDueDate(String typed) {
        problem.set(messages.get("filter.problem.notADate", messages.get("filter.due"), typed.strip()));
    }

    public void clear() {
        clearing = true;
        try {
            supplier.set(null);
            debtor.set(null);
            status.set(null);
            eligibility.set(EligibilityFilter.ALL);
            failedRule.set(null);
            issued.clear();
            due.clear();
            amount.clear();
            text.set("");
        } finally {
            clearing = false;
        }
        apply();
    }

    private ReviewFilter build() {
        EligibilityFilter chosenEligibility = eligibility.get() == null ? EligibilityFilter.ALL : eligibility.get();
        if (failedRule.get() != null && chosenEligibility == EligibilityFilter.ELIGIBLE) {
            throw new InvalidFilterInput(messages.get("filter.problem.eligibleWithRule"));
        }
        issued.checkOrdered();
        due.checkOrdered();
        AmountRangeField.Bounds amounts = amount.read();
        SupplierSummary chosenSupplier = supplier.get();
        DebtorChoice chosenDebtor = debtor.get();
        return ReviewFilter.none()
                .withSupplier(chosenSupplier == null ? null : chosenSupplier.id())
                .withDebtor(chosenDebtor == null ? null : chosenDebtor.id())
                .withStatus(status.get())
                .withEligibility(chosenEligibility, failedRule.get())
                .withIssued(issued.fromProperty().get(), issued.toProperty().get())
                .withDue(due.fromProperty().get(), due.toProperty().get())
                .withAmount(amounts.from(), amounts.to())
                .withText(text.get());
    }

    public ObservableList<SupplierSummary> suppliers() {
        return suppliers;
    }

    public ObservableList<DebtorChoice> debtors() {
        return debtors;
    }

    public ObjectProperty<SupplierSummary> supplierProperty() {
        return supplier;
    }

    public ObjectProperty<DebtorChoice> debtorProperty() {
        return debtor;
    }

    public ObjectProperty<ReceivableStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<EligibilityFilter> eligibilityProperty() {
        return eligibility;
    }

    public ObjectProperty<EligibilityRule> failedRuleProperty() {
        return failedRule;
    }

    public ObjectProperty<LocalDate> issuedFromProperty() {
        return issued.fromProperty();
    }

    public ObjectProperty<LocalDate> issuedToProperty() {
        return issued.toProperty();
    }

    public ObjectProperty<LocalDate> dueFromProperty() {
        return due.fromProperty();
    }

    public ObjectProperty<LocalDate> dueToProperty() {
        return due.toProperty();
    }

    public StringProperty amountFromProperty() {
        return amount.fromProperty();
    }

    public StringProperty amountToProperty() {
        return amount.toProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<ReviewFilter> appliedProperty() {
        return applied;
    }
}
