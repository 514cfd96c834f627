package io.factordesk.ui.credit;

import io.factordesk.domain.Officer;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.deals.SessionViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** The screen frame: the signed-in officer (shared with the deals screen), the sign-in panel and the tabs. */
public final class CreditController {

    private final CreditViewModel viewModel;
    private final SessionViewModel session;
    private final Messages messages;

    @FXML private Label creditOfficerLabel;
    @FXML private TabPane creditTabs;
    @FXML private Tab checkTab;
    @FXML private Tab historyTab;
    @FXML private Tab portfolioTab;
    @FXML private StackPane creditSignInOverlay;
    @FXML private TextField creditLoginField;
    @FXML private PasswordField creditPasswordField;
    @FXML private ProgressIndicator creditSignInProgress;
    @FXML private Button creditSignInButton;

    public CreditController(CreditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        creditOfficerLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(session.officer()),
                session.officerProperty()));
        creditSignInOverlay.visibleProperty().bind(session.signInShownProperty());
        creditSignInOverlay.managedProperty().bind(session.signInShownProperty());
        creditLoginField.textProperty().bindBidirectional(session.loginProperty());
        creditSignInProgress.visibleProperty().bind(session.checkingProperty());
        creditSignInButton.disableProperty().bind(session.checkingProperty());
        session.signInShownProperty().addListener((obs, was, now) -> {
            creditPasswordField.clear();
            if (now && creditSignInOverlay.getScene() != null) {
                Platform.runLater(() -> (creditLoginField.getText().isBlank() ? creditLoginField
                        : creditPasswordField).requestFocus());
            }
        });
        select(viewModel.tabProperty().get());
        viewModel.tabProperty().addListener((obs, old, now) -> select(now));
        creditTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            CreditViewModel.Tab shown = now == historyTab ? CreditViewModel.Tab.HISTORY
                    : now == portfolioTab ? CreditViewModel.Tab.PORTFOLIO : CreditViewModel.Tab.CHECK;
            viewModel.tabProperty().set(shown);
            if (shown == CreditViewModel.Tab.PORTFOLIO) {
                viewModel.batch().show();
            }
        });
    }

    private void select(CreditViewModel.Tab tab) {
        creditTabs.getSelectionModel().select(switch (tab) {
            case CHECK -> checkTab;
            case HISTORY -> historyTab;
            case PORTFOLIO -> portfolioTab;
        });
    }

    private String describe(Officer officer) {
        return officer == null ? messages.get("session.nobody")
                : messages.get("session.signedInAs", officer.displayName(), officer.login());
    }

    @FXML
    private void switchOfficer() {
        session.switchOfficer();
    }

    @FXML
    private void cancelSignIn() {
        session.cancelSignIn();
    }

    @FXML
    private void signIn() {
        char[] password = creditPasswordField.getText().toCharArray();
        creditPasswordField.clear();
        session.signIn(password);
    }
}
