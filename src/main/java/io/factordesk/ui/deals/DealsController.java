package io.factordesk.ui.deals;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The screen frame: the signed-in officer, the sign-in panel and the three tabs. */
public final class DealsController {

    private final DealsViewModel viewModel;
    private final SessionViewModel session;

    @FXML private Label officerLabel;
    @FXML private Button switchOfficerButton;
    @FXML private TabPane tabs;
    @FXML private Tab builderTab;
    @FXML private Tab listTab;
    @FXML private Tab previewTab;

    public DealsController(DealsViewModel viewModel) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
    }

    @FXML
    private void initialize() {
        officerLabel.textProperty().bind(session.officerDescription());
        select(viewModel.tabProperty().get());
        viewModel.tabProperty().addListener((obs, old, now) -> select(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            DealsViewModel.Tab shown = now == listTab ? DealsViewModel.Tab.LIST
                    : now == previewTab ? DealsViewModel.Tab.PREVIEW : DealsViewModel.Tab.BUILDER;
            viewModel.tabProperty().set(shown);
            if (shown == DealsViewModel.Tab.LIST) {
                viewModel.list().show();
            }
        });
    }

    private void select(DealsViewModel.Tab tab) {
        tabs.getSelectionModel().select(switch (tab) {
            case BUILDER -> builderTab;
            case LIST -> listTab;
            case PREVIEW -> previewTab;
        });
    }


    @FXML
    private void switchOfficer() {
        session.switchOfficer();
    }
}
