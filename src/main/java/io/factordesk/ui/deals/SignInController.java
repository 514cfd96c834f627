package io.factordesk.ui.deals;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * The sign-in card over a screen whose actions need an officer (deals, review desk); one session for both.
 */
public final class SignInController {

    private final SessionViewModel session;

    @FXML private StackPane signInOverlay;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private ProgressIndicator signInProgress;
    @FXML private Button signInButton;

    public SignInController(SessionViewModel session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        signInOverlay.visibleProperty().bind(session.signInShownProperty());
        signInOverlay.managedProperty().bind(session.signInShownProperty());
        loginField.textProperty().bindBidirectional(session.loginProperty());
        signInProgress.visibleProperty().bind(session.checkingProperty());
        signInButton.disableProperty().bind(session.checkingProperty());
        session.signInShownProperty().addListener((obs, was, now) -> {
            passwordField.clear();
            if (now) {
                Platform.runLater(() -> (loginField.getText().isBlank() ? loginField : passwordField).requestFocus());
            }
        });
    }

    @FXML
    private void cancelSignIn() {
        session.cancelSignIn();
    }

    @FXML
    private void signIn() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        session.signIn(password);
    }
}
