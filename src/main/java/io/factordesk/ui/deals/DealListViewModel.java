package io.factordesk.ui.deals;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealListing;
import io.factordesk.service.ContractService;
import io.factordesk.service.DealService;
import io.factordesk.service.GeneratedContract;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deals in the cache and the one selected: its lines and totals, the transitions its status allows
 * ({@link DealTransitions}) and its contract set; all approved deals' sets at once ({@link ContractBatch}).
 */
public final class DealListViewModel implements ReloadableViewModel {

    public static final int LIST_LIMIT = 500;

    private final DealService deals;
    private final ContractService contracts;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<DealListing> listings = FXCollections.observableArrayList();
    private final ObjectProperty<DealListing> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Deal> deal = new SimpleObjectProperty<>(this, "deal");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DealTransitions transitions;
    private final ContractBatch batch;

    private Consumer<GeneratedContract> onGenerated = contract -> { };
    private long pendingSelection = -1;
    private boolean shown;

    public DealListViewModel(DealService deals, ContractService contracts, SessionViewModel session,
                             TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.deals = deals;
        this.contracts = contracts;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.transitions = new DealTransitions(deals, session, executor, dialogs, messages, deal, busy, this::showDeal);
        this.batch = new ContractBatch(contracts, session, executor, dialogs, messages, this::reload);
        selected.addListener((obs, old, now) -> loadDeal(now));
    }

    public void setOnGenerated(Consumer<GeneratedContract> action) {
        this.onGenerated = action;
    }

    public void show() {
        if (!shown) {
            shown = true;
            reload();
        }
    }

    @Override
    public void reload() {
        executor.execute(BackgroundTask.of(progress -> deals.recent(LIST_LIMIT))
                .onSuccess(found -> {
                    listings.setAll(found);
                    long wanted = pendingSelection >= 0 ? pendingSelection
                            : selected.get() == null ? -1 : selected.get().id();
                    pendingSelection = -1;
                    selected.set(found.stream().filter(l -> l.id() == wanted).findFirst().orElse(null));
                    if (selected.get() != null) {
                        loadDeal(selected.get());
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("deals.loadFailed"), failure)));
    }

    /** A deal just created or changed: list it again and select it. */
    public void showDeal(Deal changed) {
        shown = true;
        pendingSelection = changed.id();
        deal.set(changed);
        reload();
    }

    public void submit() {
        transitions.submit();
    }

    public void approve() {
        transitions.approve();
    }

    public void returnToMaker() {
        transitions.returnToMaker();
    }

    /** Records the 中登网 filing (Civil Code art. 768); the contract then prints it instead of the warning. */
    public void register() {
        transitions.register();
    }

    /** Generates the contract set in Chinese or English and hands it to the preview. */
    public void generate(boolean english) {
        Deal target = current();
        if (target == null) {
            return;
        }
        session.asOfficer(officer -> {
            busy.set(true);
            executor.execute(BackgroundTask.of(progress -> contracts.generate(target.id(), english, officer.login()))
                    .onSuccess(contract -> {
                        busy.set(false);
                        onGenerated.accept(contract);
                        reload();
                    })
                    .onFailure(failure -> {
                        busy.set(false);
                        DealErrors.show(dialogs, messages, "deals.generateFailed", failure);
                    }));
        });
    }

    /** Generates the Chinese contract set of every approved deal in the list (see {@link ContractBatch}). */
    public void generateAllApproved() {
        batch.generateAllApproved(List.copyOf(listings));
    }

    public void cancelBatch() {
        batch.cancel();
    }

    private void loadDeal(DealListing listing) {
        if (listing == null) {
            deal.set(null);
            return;
        }
        executor.execute(BackgroundTask.of(progress -> deals.find(listing.id()))
                .onSuccess(found -> {
                    if (selected.get() != null && selected.get().id() == found.id()) {
                        deal.set(found);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("deals.loadFailed"), failure)));
    }

    private Deal current() {
        return deal.get();
    }

    public ObservableList<DealListing> listings() {
        return listings;
    }

    public ObjectProperty<DealListing> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Deal> dealProperty() {
        return deal;
    }

    public StringProperty returnReasonProperty() {
        return transitions.returnReasonProperty();
    }

    public StringProperty registryNoProperty() {
        return transitions.registryNoProperty();
    }

    public ObjectProperty<LocalDate> registryDateProperty() {
        return transitions.registryDateProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty batchRunningProperty() {
        return batch.runningProperty();
    }

    public DoubleProperty batchProgressProperty() {
        return batch.progressProperty();
    }

    public StringProperty batchMessageProperty() {
        return batch.messageProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return transitions.canSubmitProperty();
    }

    public BooleanBinding canApproveProperty() {
        return transitions.canApproveProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return transitions.canGenerateProperty();
    }
}
