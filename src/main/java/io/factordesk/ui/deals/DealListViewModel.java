package io.factordesk.ui.deals;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealListing;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.service.ContractService;
import io.factordesk.service.DealService;
import io.factordesk.service.GeneratedContract;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deals in the cache and the one selected: its lines and totals, and the transitions its status
 * allows. The service decides who may do what; the buttons only follow the status.
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
    private final StringProperty returnReason = new SimpleStringProperty(this, "returnReason", "");
    private final StringProperty registryNo = new SimpleStringProperty(this, "registryNo", "");
    private final ObjectProperty<java.time.LocalDate> registryDate = new SimpleObjectProperty<>(this, "registryDate");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canSubmit = status(s -> s == DealStatus.DRAFT || s == DealStatus.RETURNED);
    private final BooleanBinding canApprove = status(s -> s == DealStatus.SUBMITTED);
    private final BooleanBinding canGenerate = status(s -> s == DealStatus.APPROVED || s == DealStatus.CONTRACTED);

    private final BooleanProperty batchRunning = new SimpleBooleanProperty(this, "batchRunning");
    private final DoubleProperty batchProgress = new SimpleDoubleProperty(this, "batchProgress", -1);
    private final StringProperty batchMessage = new SimpleStringProperty(this, "batchMessage", "");
    private TaskHandle batch = TaskHandle.DONE;

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
        transition("deals.submitFailed", (login) -> deals.submit(current().id(), login));
    }

    public void approve() {
        transition("deals.approveFailed", (login) -> deals.approve(current().id(), login));
    }

    public void returnToMaker() {
        String reason = returnReason.get();
        transition("deals.returnFailed", (login) -> deals.returnToMaker(current().id(), login, reason));
    }

    /** Records the 中登网 filing (Civil Code art. 768); the contract then prints it instead of the warning. */
    public void register() {
        String number = registryNo.get();
        java.time.LocalDate date = registryDate.get();
        transition("deals.registerFailed", login -> deals.register(current().id(), number, date, login));
    }

    public StringProperty registryNoProperty() {
        return registryNo;
    }

    public ObjectProperty<java.time.LocalDate> registryDateProperty() {
        return registryDate;
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

    /**
     * Generates the Chinese contract set of every approved deal in the list, one after the other, with
     * progress; cancelling stops before the next deal (a set being rendered is finished and archived).
     */
    public void generateAllApproved() {
        List<DealListing> approved = listings.stream().filter(l -> l.status() == DealStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            dialogs.notify(messages.get("deals.batch.title"), messages.get("deals.batch.none"));
            return;
        }
        session.asOfficer(officer -> {
            batchRunning.set(true);
            batchProgress.set(0);
            batch = executor.execute(BackgroundTask.of(progress -> {
                int done = 0;
                for (DealListing listing : approved) {
                    if (progress.isCancelled()) {
                        break;
                    }
                    progress.update(done, approved.size(), listing.dealNo());
                    contracts.generate(listing.id(), false, officer.login());
                    done++;
                }
                progress.update(done, approved.size(), "");
                return done;
            }).onProgress((fraction, message) -> {
                batchProgress.set(fraction);
                batchMessage.set(message == null ? "" : message);
            }).onSuccess(done -> {
                finishBatch();
                dialogs.notify(messages.get("deals.batch.title"), messages.get("deals.batch.done", done));
            }).onCancelled(this::finishBatch)
                    .onFailure(failure -> {
                        finishBatch();
                        DealErrors.show(dialogs, messages, "deals.generateFailed", failure);
                    }));
        });
    }

    public void cancelBatch() {
        batch.cancel();
    }

    private void finishBatch() {
        batchRunning.set(false);
        batchProgress.set(-1);
        batchMessage.set("");
        reload();
    }

    private void transition(String failureTitle, Function<String, Deal> action) {
        if (current() == null) {
            return;
        }
        session.asOfficer(officer -> {
            busy.set(true);
            executor.execute(BackgroundTask.of(progress -> action.apply(officer.login()))
                    .onSuccess(changed -> {
                        busy.set(false);
                        returnReason.set("");
                        registryNo.set("");
                        registryDate.set(null);
                        showDeal(changed);
                    })
                    .onFailure(failure -> {
                        busy.set(false);
                        DealErrors.show(dialogs, messages, failureTitle, failure);
                    }));
        });
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

    private BooleanBinding status(java.util.function.Predicate<DealStatus> allowed) {
        return Bindings.createBooleanBinding(() -> deal.get() != null && allowed.test(deal.get().status()), deal);
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
        return returnReason;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty batchRunningProperty() {
        return batchRunning;
    }

    public DoubleProperty batchProgressProperty() {
        return batchProgress;
    }

    public StringProperty batchMessageProperty() {
        return batchMessage;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }
}
