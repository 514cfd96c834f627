package io.factordesk.ui.credit;

import io.factordesk.ui.deals.SessionViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The screen frame: the signed-in officer and the tabs; the sign-in card is the one the deals screen and
 * the review desk include (SignInView), over the same session.
 */
public final class CreditController {

    private final CreditViewModel viewModel;
    private final SessionViewModel session;

    @FXML private Label creditOfficerLabel;
    @FXML private TabPane creditTabs;
    @FXML private Tab checkTab;
    @FXML private Tab historyTab;
    @FXML private Tab portfolioTab;

    public CreditController(CreditViewModel viewModel) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
    }

    @FXML
    private void initialize() {
        creditOfficerLabel.textProperty().bind(session.officerDescription());
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


    @FXML
    private void switchOfficer() {
        session.switchOfficer();
    }
}
