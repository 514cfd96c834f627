package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReviewRefusal;
import io.factordesk.domain.review.ReviewRefusedException;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.service.ReceivableReviewService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The officer's actions on the selected receivables, as the signed-in officer (the same session as the
 * deals screen). More than one receivable asks for confirmation first; a refusal is shown in the
 * officer's language and nothing of a refused bulk action is written.
 */
public final class ReviewActionsViewModel {

    /** One review action over the chosen receivables, as the given officer. */
    @FunctionalInterface
    private interface Action {
        void run(List<Long> ids, String login, String reason);
    }

    private final ReceivableReviewService review;
    private final SessionViewModel session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReviewLabels labels;

    private final ObservableList<ReviewRow> selection = FXCollections.observableArrayList();
    private final ObjectProperty<VerificationDocument> document =
            new SimpleObjectProperty<>(this, "document", VerificationDocument.INVOICE_ORIGINAL);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Runnable onDone = () -> { };

    public ReviewActionsViewModel(ReceivableReviewService review, SessionViewModel session, TaskExecutor executor,
                                  DialogService dialogs, Messages messages) {
        this.review = review;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.labels = new ReviewLabels(messages);
    }

    /** Called after an action was written (the desk refreshes page, totals and detail). */
    public void setOnDone(Runnable action) {
        this.onDone = action;
    }

    public void verify() {
        VerificationDocument chosen = document.get() == null ? VerificationDocument.INVOICE_ORIGINAL : document.get();
        act(messages.get("desk.verify"), (ids, login, text) -> review.verify(ids, chosen, login));
    }

    public void hold() {
        act(messages.get("desk.hold"), (ids, login, text) -> review.hold(ids, login, text));
    }

    public void reject() {
        act(messages.get("desk.reject"), (ids, login, text) -> review.reject(ids, login, text));
    }

    public void markDisputed() {
        act(messages.get("desk.dispute"), (ids, login, text) -> review.markDisputed(ids, login, text));
    }

    /** The same note on each chosen receivable. */
    public void addNote() {
        act(messages.get("desk.note"), review::addNote);
    }

    private void act(String actionName, Action action) {
        List<ReviewRow> chosen = List.copyOf(selection);
        if (chosen.isEmpty()) {
            dialogs.showError(messages.get("desk.actionRefused"), messages.get("desk.noSelection"), null);
            return;
        }
        if (chosen.size() > 1 && !dialogs.confirm(messages.get("desk.confirmTitle"),
                messages.get("desk.confirmBulk", actionName, messages.count(chosen.size())))) {
            return;
        }
        List<Long> ids = chosen.stream().map(row -> row.receivable().id()).toList();
        String text = reason.get();
        session.asOfficer(officer -> {
            busy.set(true);
            executor.execute(BackgroundTask.of(progress -> {
                action.run(ids, officer.login(), text);
                return ids.size();
            }).onSuccess(done -> {
                busy.set(false);
                reason.set("");
                onDone.run();
            }).onFailure(failure -> {
                busy.set(false);
                if (failure instanceof ReviewRefusedException refused) {
                    if (refused.refusal() == ReviewRefusal.CHANGED_BY_SOMEONE_ELSE) {
                        onDone.run();
                    }
                    dialogs.showError(messages.get("desk.actionRefused"),
                            labels.refusal(refused.refusal(), invoiceOf(chosen, refused.receivableId())), null);
                } else {
                    dialogs.showError(messages.get("error.title"), messages.get("desk.actionFailed"), failure);
                }
            }));
        });
    }

    private static String invoiceOf(List<ReviewRow> chosen, Long id) {
        if (id == null) {
            return null;
        }
        return chosen.stream().filter(row -> row.receivable().id() == id)
                .map(row -> row.receivable().invoiceNo()).findFirst().orElse(String.valueOf(id));
    }

    public ObservableList<ReviewRow> selection() {
        return selection;
    }

    public ObjectProperty<VerificationDocument> documentProperty() {
        return document;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
