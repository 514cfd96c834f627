package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReviewTotals;
import io.factordesk.service.ReceivablesExportService.Format;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.UiPreferences;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** The desk's frame: officer, rescan and export with their progress strip, the totals bar and the tabs. */
public final class ReviewDeskController {

    private static final String DIVIDER_KEY = UiPreferences.DIVIDER_PREFIX + "desk";

    private final ReviewDeskViewModel viewModel;
    private final Messages messages;
    private final UiPreferences preferences;

    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button rescanButton;
    @FXML private Button exportXlsxButton;
    @FXML private Button exportCsvButton;
    @FXML private Label officerLabel;
    @FXML private HBox jobStrip;
    @FXML private ProgressBar jobProgress;
    @FXML private Label jobMessage;
    @FXML private Label countValue;
    @FXML private Label faceValue;
    @FXML private Label eligibleValue;
    @FXML private Label advanceableCaption;
    @FXML private Label advanceableValue;
    @FXML private TabPane deskTabs;
    @FXML private Tab chartsTab;
    @FXML private SplitPane deskSplit;

    public ReviewDeskController(ReviewDeskViewModel viewModel, Messages messages, UiPreferences preferences) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.preferences = preferences;
    }

    @FXML
    private void initialize() {
        loadingIndicator.visibleProperty().bind(viewModel.table().loadingProperty()
                .or(viewModel.totals().loadingProperty()).or(viewModel.detail().loadingProperty()));
        officerLabel.textProperty().bind(viewModel.session().officerDescription());
        JobProgress job = viewModel.job();
        jobStrip.visibleProperty().bind(job.runningProperty());
        jobStrip.managedProperty().bind(job.runningProperty());
        jobProgress.progressProperty().bind(job.fractionProperty());
        jobMessage.textProperty().bind(job.messageProperty());
        for (Button button : new Button[] {rescanButton, exportXlsxButton, exportCsvButton}) {
            button.disableProperty().bind(job.runningProperty());
        }
        bindTotals();
        deskSplit.setDividerPositions(preferences.getDouble(DIVIDER_KEY, 0.72));
        deskSplit.getDividers().get(0).positionProperty().addListener((obs, old, position) ->
                preferences.putDouble(DIVIDER_KEY, position.doubleValue()));
        deskTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == chartsTab) {
                viewModel.charts().show();
            }
        });
        viewModel.export().setChooser(this::chooseExportFile);
        viewModel.show();
    }

    private void bindTotals() {
        var totals = viewModel.totals().totalsProperty();
        countValue.textProperty().bind(text(totals, t -> messages.count(t.count())));
        faceValue.textProperty().bind(text(totals, t -> messages.amount(t.faceAmount())));
        eligibleValue.textProperty().bind(text(totals, t -> messages.get("desk.totals.eligibleValue",
                messages.count(t.eligibleCount()), messages.amount(t.eligibleAmount()))));
        advanceableCaption.textProperty().bind(Bindings.createStringBinding(() -> totals.get() == null
                ? messages.get("desk.totals.advanceablePending")
                : messages.get("desk.totals.advanceable",
                        totals.get().advanceRate().movePointRight(2).stripTrailingZeros().toPlainString()), totals));
        advanceableValue.textProperty().bind(text(totals, t -> messages.amount(t.advanceable())));
    }

    private static javafx.beans.binding.StringBinding text(javafx.beans.property.ObjectProperty<ReviewTotals> totals,
                                                           Function<ReviewTotals, String> format) {
        return Bindings.createStringBinding(() -> totals.get() == null ? "–" : format.apply(totals.get()), totals);
    }

    private Optional<Path> chooseExportFile(Format format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("desk.exportTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(format == Format.CSV
                ? new FileChooser.ExtensionFilter(messages.get("desk.exportCsvFiles"), "*.csv")
                : new FileChooser.ExtensionFilter(messages.get("desk.exportXlsxFiles"), "*.xlsx"));
        File chosen = chooser.showSaveDialog(deskTabs.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }


    @FXML
    private void rescan() {
        viewModel.rescan().rescan();
    }

    @FXML
    private void exportXlsx() {
        viewModel.export().export(Format.XLSX);
    }

    @FXML
    private void exportCsv() {
        viewModel.export().export(Format.CSV);
    }

    @FXML
    private void cancelJob() {
        viewModel.job().cancel();
    }

    @FXML
    private void switchOfficer() {
        viewModel.session().switchOfficer();
    }
}
