package io.factordesk.ui.deals;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealPolicy;
import io.factordesk.domain.deal.DealPricing;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.domain.deal.FeeKind;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.domain.deal.HandlingFee;
import io.factordesk.service.DealRequest;
import io.factordesk.service.DealService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deal builder: a supplier, its eligible receivables (ticked by default) and the terms. Totals are
 * priced again on every change; pricing is plain arithmetic over at most a few hundred lines, so it
 * runs on the FX thread. Invalid terms replace the totals with the reason.
 */
public final class DealBuilderViewModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DealService deals;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> suppliers;
    private final DealPolicy policy;

    private final ObjectProperty<SupplierSummary> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final ObjectProperty<LocalDate> fundingDate = new SimpleObjectProperty<>(this, "fundingDate");
    private final StringProperty advanceRate = new SimpleStringProperty(this, "advanceRate");
    private final StringProperty annualRate = new SimpleStringProperty(this, "annualRate");
    private final ObjectProperty<FeeKind> feeKind = new SimpleObjectProperty<>(this, "feeKind", FeeKind.NONE);
    private final StringProperty feeValue = new SimpleStringProperty(this, "feeValue", "");
    private final BooleanProperty recourse = new SimpleBooleanProperty(this, "recourse", true);
    private final BooleanProperty disclosed = new SimpleBooleanProperty(this, "disclosed", true);
    private final ObservableList<CandidateReceivable> candidates =
            FXCollections.observableArrayList(c -> new Observable[] {c.selectedProperty()});
    private final IntegerProperty selectedCount = new SimpleIntegerProperty(this, "selectedCount");
    private final ObjectProperty<DealTotals> totals = new SimpleObjectProperty<>(this, "totals");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");

    private Consumer<Deal> onCreated = deal -> { };
    private Set<Long> requestedTicks;
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    public DealBuilderViewModel(DealService deals, SessionViewModel session, TaskExecutor executor,
                                DialogService dialogs, Messages messages, ObservableList<SupplierSummary> suppliers,
                                Clock clock) {
        this.deals = deals;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.suppliers = suppliers;
        this.policy = deals.policy();
        fundingDate.set(LocalDate.now(clock));
        advanceRate.set(percent(policy.defaultAdvanceRate()));
        annualRate.set(percent(policy.defaultAnnualRate()));
        supplier.addListener((obs, old, now) -> loadCandidates());
        fundingDate.addListener((obs, old, now) -> loadCandidates());
        for (Observable term : List.<Observable>of(advanceRate, annualRate, feeKind, feeValue, recourse, disclosed,
                candidates)) {
            term.addListener(obs -> price());
        }
        price();
    }

    /** Called with each deal created here (the list shows and selects it). */
    public void setOnCreated(Consumer<Deal> action) {
        this.onCreated = action;
    }

    /**
     * Starts a deal from the review desk's selection: this supplier, with exactly these receivables ticked
     * once its eligible receivables are listed. Chosen receivables that are not offered (not eligible on
     * the funding date, or already in a deal) are named to the officer.
     */
    public void startFrom(long supplierId, List<Long> receivableIds) {
        SupplierSummary chosen = suppliers.stream().filter(s -> s.id() == supplierId).findFirst().orElse(null);
        if (chosen == null) {
            dialogs.showError(messages.get("builder.cannotCreate"), messages.get("builder.unknownSupplier"), null);
            return;
        }
        requestedTicks = new LinkedHashSet<>(receivableIds);
        if (chosen.equals(supplier.get())) {
            loadCandidates();
        } else {
            supplier.set(chosen);
        }
    }

    private void tickRequested() {
        Set<Long> wanted = requestedTicks;
        requestedTicks = null;
        if (wanted == null) {
            return;
        }
        Set<Long> offered = new HashSet<>();
        for (CandidateReceivable candidate : candidates) {
            long id = candidate.receivable().receivableId();
            offered.add(id);
            candidate.setSelected(wanted.contains(id));
        }
        List<Long> missing = wanted.stream().filter(id -> !offered.contains(id)).toList();
        if (!missing.isEmpty()) {
            dialogs.notify(messages.get("builder.fromDeskTitle"), messages.get("builder.fromDeskMissing",
                    messages.count(missing.size()), messages.count(wanted.size())));
        }
    }

    /** Eligibility scans the whole cache, so it runs in the background; a newer request wins. */
    public void loadCandidates() {
        running.cancel();
        long current = ++generation;
        SupplierSummary chosen = supplier.get();
        LocalDate date = fundingDate.get();
        if (chosen == null || date == null) {
            candidates.clear();
            return;
        }
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> deals.eligibleReceivables(chosen.uscc(), date))
                .onSuccess(found -> {
                    if (current == generation) {
                        candidates.setAll(found.stream().map(CandidateReceivable::new).toList());
                        tickRequested();
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        requestedTicks = null;
                        candidates.clear();
                        dialogs.showError(messages.get("error.title"), messages.get("builder.loadFailed"), failure);
                    }
                }));
    }

    public void selectAll(boolean selected) {
        candidates.forEach(c -> c.setSelected(selected));
    }

    /** Creates the deal as the signed-in officer (asking who that is first, if nobody is signed in). */
    public void createDeal() {
        if (totals.get() == null) {
            dialogs.showError(messages.get("builder.cannotCreate"), problem.get(), null);
            return;
        }
        DealRequest request = new DealRequest(supplier.get().uscc(), selectedReceivables().stream()
                .map(FinancedReceivable::receivableId).toList(), terms());
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

    private List<FinancedReceivable> selectedReceivables() {
        return candidates.stream().filter(CandidateReceivable::isSelected).map(CandidateReceivable::receivable)
                .toList();
    }

    private void price() {
        List<FinancedReceivable> chosen = selectedReceivables();
        selectedCount.set(chosen.size());
        try {
            DealTerms terms = terms();
            if (chosen.isEmpty()) {
                throw new InvalidTerms(messages.get("builder.noneSelected"));
            }
            totals.set(DealPricing.price(terms, chosen).totals());
            problem.set(null);
        } catch (InvalidTerms invalid) {
            totals.set(null);
            problem.set(invalid.getMessage());
        } catch (DealRuleException rule) {
            totals.set(null);
            problem.set(messages.get("builder.ruleProblem", DealErrors.reason(messages, rule)));
        }
    }

    private DealTerms terms() {
        LocalDate date = fundingDate.get();
        if (date == null) {
            throw new InvalidTerms(messages.get("builder.fundingDateMissing"));
        }
        BigDecimal advance = rate(advanceRate.get(), "builder.advanceRate");
        if (advance.signum() <= 0 || advance.compareTo(policy.maxAdvanceRate()) > 0) {
            throw new InvalidTerms(messages.get("builder.advanceRateRange", percent(policy.maxAdvanceRate())));
        }
        BigDecimal annual = rate(annualRate.get(), "builder.annualRate");
        if (annual.compareTo(policy.minAnnualRate()) < 0 || annual.compareTo(policy.maxAnnualRate()) > 0) {
            throw new InvalidTerms(messages.get("builder.annualRateRange", percent(policy.minAnnualRate()),
                    percent(policy.maxAnnualRate())));
        }
        return new DealTerms(date, advance, annual, fee(), recourse.get(), disclosed.get());
    }

    private HandlingFee fee() {
        return switch (feeKind.get() == null ? FeeKind.NONE : feeKind.get()) {
            case NONE -> HandlingFee.NONE;
            case FIXED -> HandlingFee.fixed(number(feeValue.get(), "builder.fee"));
            case PERCENT -> HandlingFee.percent(rate(feeValue.get(), "builder.fee"));
        };
    }

    private BigDecimal rate(String percentText, String labelKey) {
        return number(percentText, labelKey).movePointLeft(2).stripTrailingZeros();
    }

    private BigDecimal number(String text, String labelKey) {
        try {
            return new BigDecimal(text == null ? "" : text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTerms(messages.get("builder.notANumber", messages.get(labelKey)));
        }
    }

    static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    /** A term the officer typed that cannot be used; the message is already translated. */
    private static final class InvalidTerms extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTerms(String message) {
            super(message, null, false, false);
        }
    }

    public ObservableList<SupplierSummary> suppliers() {
        return suppliers;
    }

    public ObjectProperty<SupplierSummary> supplierProperty() {
        return supplier;
    }

    public ObjectProperty<LocalDate> fundingDateProperty() {
        return fundingDate;
    }

    public StringProperty advanceRateProperty() {
        return advanceRate;
    }

    public StringProperty annualRateProperty() {
        return annualRate;
    }

    public ObjectProperty<FeeKind> feeKindProperty() {
        return feeKind;
    }

    public StringProperty feeValueProperty() {
        return feeValue;
    }

    public BooleanProperty recourseProperty() {
        return recourse;
    }

    public BooleanProperty disclosedProperty() {
        return disclosed;
    }

    public ObservableList<CandidateReceivable> candidates() {
        return candidates;
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
        return loading;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }
}
