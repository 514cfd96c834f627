package io.factordesk.ui.deals;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.service.DealService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status changes of the selected deal (submit, approve, return to the maker, record the 中登网 filing)
 * made as the signed-in officer. The service decides who may do what; the buttons only follow the status.
 */
final class DealTransitions {

    private final DealService deals;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<Deal> deal;
    private final BooleanProperty busy;
    private final Consumer<Deal> onChanged;

    private final StringProperty returnReason = new SimpleStringProperty(this, "returnReason", "");
    private final StringProperty registryNo = new SimpleStringProperty(this, "registryNo", "");
    private final ObjectProperty<LocalDate> registryDate = new SimpleObjectProperty<>(this, "registryDate");
    private final BooleanBinding canSubmit;
    private final BooleanBinding canApprove;
    private final BooleanBinding canGenerate;

    DealTransitions(DealService deals, SessionViewModel session, TaskExecutor executor, DialogService dialogs,
                    Messages messages, ObjectProperty<Deal> deal, BooleanProperty busy, Consumer<Deal> onChanged) {
        this.deals = deals;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.deal = deal;
        this.busy = busy;
        this.onChanged = onChanged;
        canSubmit = status(s -> s == DealStatus.DRAFT || s == DealStatus.RETURNED);
        canApprove = status(s -> s == DealStatus.SUBMITTED);
        canGenerate = status(s -> s == DealStatus.APPROVED || s == DealStatus.CONTRACTED);
    }

    void submit() {
        transition("deals.submitFailed", (login) -> deals.submit(deal.get().id(), login));
    }

    void approve() {
        transition("deals.approveFailed", (login) -> deals.approve(deal.get().id(), login));
    }

    void returnToMaker() {
        String reason = returnReason.get();
        transition("deals.returnFailed", (login) -> deals.returnToMaker(deal.get().id(), login, reason));
    }

    /** Records the 中登网 filing (Civil Code art. 768); the contract then prints it instead of the warning. */
    void register() {
        String number = registryNo.get();
        LocalDate date = registryDate.get();
        transition("deals.registerFailed", login -> deals.register(deal.get().id(), number, date, login));
    }

    private void transition(String failureTitle, Function<String, Deal> action) {
        if (deal.get() == null) {
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
                        onChanged.accept(changed);
                    })
                    .onFailure(failure -> {
                        busy.set(false);
                        DealErrors.show(dialogs, messages, failureTitle, failure);
                    }));
        });
    }

    private BooleanBinding status(Predicate<DealStatus> allowed) {
        return Bindings.createBooleanBinding(() -> deal.get() != null && allowed.test(deal.get().status()), deal);
    }

    StringProperty returnReasonProperty() {
        return returnReason;
    }

    StringProperty registryNoProperty() {
        return registryNo;
    }

    ObjectProperty<LocalDate> registryDateProperty() {
        return registryDate;
    }

    BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    BooleanBinding canApproveProperty() {
        return canApprove;
    }

    BooleanBinding canGenerateProperty() {
        return canGenerate;
    }
}
