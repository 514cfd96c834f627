package io.factordesk.ui.deals;

import io.factordesk.domain.Officer;
import io.factordesk.service.SignInRefusedException;
import io.factordesk.service.SignInService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who is working at this desk. Nobody is signed in at start; the first action that needs an officer
 * asks for a sign-in and then carries on. Switching the officer is how a checker approves a deal that
 * the maker built on the same workstation.
 */
public final class SessionViewModel {

    private final SignInService signIn;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final BooleanProperty signInShown = new SimpleBooleanProperty(this, "signInShown");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private Consumer<Officer> pending;

    public SessionViewModel(SignInService signIn, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.signIn = signIn;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Runs the action as the signed-in officer, asking for a sign-in first when nobody is. */
    public void asOfficer(Consumer<Officer> action) {
        Officer current = officer.get();
        if (current != null) {
            action.accept(current);
        } else {
            pending = action;
            signInShown.set(true);
        }
    }

    /** "Sign in as another officer": the next sign-in replaces the current officer. */
    public void switchOfficer() {
        pending = null;
        login.set("");
        signInShown.set(true);
    }

    public void cancelSignIn() {
        pending = null;
        signInShown.set(false);
    }

    /** Checks the password off the FX thread (the hash is deliberately slow); wipes the array when done. */
    public void signIn(char[] password) {
        String name = login.get() == null ? "" : login.get().strip();
        if (name.isEmpty()) {
            Arrays.fill(password, '\0');
            dialogs.showError(messages.get("signIn.title"), messages.get("signIn.loginMissing"), null);
            return;
        }
        checking.set(true);
        executor.execute(BackgroundTask.of(progress -> signIn.signIn(name, password))
                .onSuccess(signedIn -> {
                    checking.set(false);
                    officer.set(signedIn);
                    signInShown.set(false);
                    Consumer<Officer> action = pending;
                    pending = null;
                    if (action != null) {
                        action.accept(signedIn);
                    }
                })
                .onFailure(failure -> {
                    checking.set(false);
                    if (failure instanceof SignInRefusedException refused) {
                        dialogs.showError(messages.get("signIn.title"), messages.get(
                                refused.reason() == SignInRefusedException.Reason.INACTIVE
                                        ? "signIn.inactive" : "signIn.wrongPassword", name), null);
                    } else {
                        dialogs.showError(messages.get("error.title"), messages.get("signIn.failed"), failure);
                    }
                }));
    }

    /** Who is signed in, in the officer's language, for the screens' session badge; follows the officer. */
    public StringBinding officerDescription() {
        return Bindings.createStringBinding(() -> officer.get() == null ? messages.get("session.nobody")
                : messages.get("session.signedInAs", officer.get().displayName(), officer.get().login()), officer);
    }

    public ReadOnlyObjectProperty<Officer> officerProperty() {
        return officer;
    }

    public Officer officer() {
        return officer.get();
    }

    public ReadOnlyBooleanProperty signInShownProperty() {
        return signInShown;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public StringProperty loginProperty() {
        return login;
    }
}
