package io.factordesk.ui.deals;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealPricing;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.domain.deal.FeeKind;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.service.DealRequest;
import io.factordesk.service.DealService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The deal builder: a supplier, its eligible receivables (ticked by default) and the terms. Totals are
 * priced again on every change; pricing is plain arithmetic over at most a few hundred lines, so it
 * runs on the FX thread. Invalid terms replace the totals with the reason.
 */
public final class DealBuilderViewModel {

    private final DealService deals;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> suppliers;
    private final DealTermsForm form;
    private final DeskSelectionHandOff handOff;
    private final EligibleReceivables eligible;

    private final ObjectProperty<SupplierSummary> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final IntegerProperty selectedCount = new SimpleIntegerProperty(this, "selectedCount");
    private final ObjectProperty<DealTotals> totals = new SimpleObjectProperty<>(this, "totals");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");

    private Consumer<Deal> onCreated = deal -> { };

    public DealBuilderViewModel(DealService deals, SessionViewModel session, TaskExecutor executor,
                                DialogService dialogs, Messages messages, ObservableList<SupplierSummary> suppliers,
                                Clock clock) {
        this.deals = deals;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.suppliers = suppliers;
        this.form = new DealTermsForm(deals.policy(), messages, LocalDate.now(clock));
        this.handOff = new DeskSelectionHandOff(dialogs, messages);
        this.eligible = new EligibleReceivables(deals, executor, dialogs, messages);
        supplier.addListener((obs, old, now) -> loadCandidates());
        form.fundingDateProperty().addListener((obs, old, now) -> loadCandidates());
        for (Observable term : form.pricedTerms()) {
            term.addListener(obs -> price());
        }
        eligible.candidates().addListener((Observable obs) -> price());
        price();
    }

    /** Called with each deal created here (the list shows and selects it). */
    public void setOnCreated(Consumer<Deal> action) {
        this.onCreated = action;
    }

    /**
     * Starts a deal from the review desk's selection: this supplier, with exactly these receivables ticked
     * once its eligible receivables are listed (see {@link DeskSelectionHandOff}).
     */
    public void startFrom(long supplierId, List<Long> receivableIds) {
        SupplierSummary chosen = suppliers.stream().filter(s -> s.id() == supplierId).findFirst().orElse(null);
        if (chosen == null) {
            dialogs.showError(messages.get("builder.cannotCreate"), messages.get("builder.unknownSupplier"), null);
            return;
        }
        handOff.request(receivableIds);
        if (chosen.equals(supplier.get())) {
            loadCandidates();
        } else {
            supplier.set(chosen);
        }
    }

    /** Eligibility scans the whole cache, so it runs in the background; a newer request wins. */
    public void loadCandidates() {
        eligible.list(supplier.get(), form.fundingDateProperty().get(),
                () -> handOff.tickAmong(eligible.candidates()), handOff::forget);
    }

    public void selectAll(boolean selected) {
        eligible.selectAll(selected);
    }

    /** Creates the deal as the signed-in officer (asking who that is first, if nobody is signed in). */
    public void createDeal() {
        if (totals.get() == null) {
            dialogs.showError(messages.get("builder.cannotCreate"), problem.get(), null);
            return;
        }
        DealRequest request = new DealRequest(supplier.get().uscc(), eligible.selected().stream()
                .map(FinancedReceivable::receivableId).toList(), form.terms());
        session.asOfficer(officer -> {
            creating.set(true);
            executor.execute(BackgroundTask.of(progress -> deals.create(request, officer.login()))
                    .onSuccess(deal -> {
                        creating.set(false);
                        loadCandidates();
                        onCreated.accept(deal);
                    })
                    .onFailure(failure -> {
                        creating.set(false);
                        DealErrors.show(dialogs, messages, "builder.cannotCreate", failure);
                    }));
        });
    }

    private void price() {
        List<FinancedReceivable> chosen = eligible.selected();
        selectedCount.set(chosen.size());
        try {
            DealTerms terms = form.terms();
            if (chosen.isEmpty()) {
                throw new DealTermsForm.InvalidTerms(messages.get("builder.noneSelected"));
            }
            totals.set(DealPricing.price(terms, chosen).totals());
            problem.set(null);
        } catch (DealTermsForm.InvalidTerms invalid) {
            totals.set(null);
            problem.set(invalid.getMessage());
        } catch (DealRuleException rule) {
            totals.set(null);
            problem.set(messages.get("builder.ruleProblem", DealErrors.reason(messages, rule)));
        }
    }

    public ObservableList<SupplierSummary> suppliers() {
        return suppliers;
    }

    public ObjectProperty<SupplierSummary> supplierProperty() {
        return supplier;
    }

    public ObjectProperty<LocalDate> fundingDateProperty() {
        return form.fundingDateProperty();
    }

    public StringProperty advanceRateProperty() {
        return form.advanceRateProperty();
    }

    public StringProperty annualRateProperty() {
        return form.annualRateProperty();
    }

    public ObjectProperty<FeeKind> feeKindProperty() {
        return form.feeKindProperty();
    }

    public StringProperty feeValueProperty() {
        return form.feeValueProperty();
    }

    public BooleanProperty recourseProperty() {
        return form.recourseProperty();
    }

    public BooleanProperty disclosedProperty() {
        return form.disclosedProperty();
    }

    public ObservableList<CandidateReceivable> candidates() {
        return eligible.candidates();
    }

    public IntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public ObjectProperty<DealTotals> totalsProperty() {
        return totals;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty loadingProperty() {
        return eligible.loadingProperty();
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }
}
