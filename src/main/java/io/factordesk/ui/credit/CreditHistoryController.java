package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.CreditOverride;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.Decision;
import io.factordesk.ui.common.Messages;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;

/** Binds the history of one supplier's checks and the override of the selected one. */
public final class CreditHistoryController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CreditHistoryViewModel viewModel;
    private final Messages messages;
    private final CreditLabels labels;

    @FXML private Label historySupplierLabel;
    @FXML private ProgressIndicator historyProgress;
    @FXML private TableView<StoredCreditCheck> historyTable;
    @FXML private TableColumn<StoredCreditCheck, String> checkedAtColumn;
    @FXML private TableColumn<StoredCreditCheck, String> officerColumn;
    @FXML private TableColumn<StoredCreditCheck, String> modelColumn;
    @FXML private TableColumn<StoredCreditCheck, String> scoreColumn;
    @FXML private TableColumn<StoredCreditCheck, String> gradeColumn;
    @FXML private TableColumn<StoredCreditCheck, String> decisionColumn;
    @FXML private TableColumn<StoredCreditCheck, String> limitColumn;
    @FXML private TableColumn<StoredCreditCheck, String> rateColumn;
    @FXML private TableColumn<StoredCreditCheck, String> overrideColumn;
    @FXML private Label overrideTarget;
    @FXML private ComboBox<Decision> overrideDecisionCombo;
    @FXML private TextArea justificationArea;
    @FXML private Label overrideStatus;
    @FXML private ProgressIndicator overrideProgress;
    @FXML private Button overrideButton;

    public CreditHistoryController(CreditHistoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new CreditLabels(messages);
    }

    @FXML
    private void initialize() {
        historySupplierLabel.textProperty().bind(Bindings.createStringBinding(() -> supplierTitle(viewModel.supplier()),
                viewModel.supplierProperty()));
        historyProgress.visibleProperty().bind(viewModel.loadingProperty());
        SortedList<StoredCreditCheck> sorted = new SortedList<>(viewModel.entries());
        sorted.comparatorProperty().bind(historyTable.comparatorProperty());
        historyTable.setItems(sorted);
        column(checkedAtColumn, c -> when(c.checkedAt()));
        column(officerColumn, c -> c.officerLogin() == null ? messages.get("credit.history.noOfficer")
                : c.officerLogin());
        column(modelColumn, c -> c.modelId() + " " + c.modelVersion());
        column(scoreColumn, c -> Integer.toString(c.score()));
        scoreColumn.setComparator(Comparator.comparingInt(Integer::parseInt));
        column(gradeColumn, StoredCreditCheck::grade);
        column(decisionColumn, c -> labels.decision(c.decision()));
        column(limitColumn, c -> messages.amount(c.recommendedLimit()));
        column(rateColumn, c -> labels.percent(c.annualRate(), 2));
        column(overrideColumn, c -> c.override() == null ? "" : overrideText(c.override()));
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (historyTable.getSelectionModel().getSelectedItem() != now) {
                historyTable.getSelectionModel().select(now);
            }
        });

        overrideDecisionCombo.setItems(FXCollections.observableArrayList(Decision.APPROVE, Decision.DECLINE));
        overrideDecisionCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Decision decision) {
                return labels.decision(decision);
            }

            @Override
            public Decision fromString(String text) {
                return null;
            }
        });
        overrideDecisionCombo.valueProperty().bindBidirectional(viewModel.overrideDecisionProperty());
        justificationArea.textProperty().bindBidirectional(viewModel.justificationProperty());
        overrideTarget.textProperty().bind(Bindings.createStringBinding(() -> target(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));
        overrideStatus.textProperty().bind(Bindings.createStringBinding(() -> status(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));
        overrideProgress.visibleProperty().bind(viewModel.overridingProperty());
        overrideButton.disableProperty().bind(viewModel.canOverrideProperty().not());
        overrideDecisionCombo.disableProperty().bind(viewModel.canOverrideProperty().not());
        justificationArea.disableProperty().bind(viewModel.canOverrideProperty().not());
    }

    private void column(TableColumn<StoredCreditCheck, String> column, Function<StoredCreditCheck, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    private String supplierTitle(SupplierSummary supplier) {
        return supplier == null ? messages.get("credit.history.noSupplier")
                : messages.get("credit.history.title", supplier.displayName(messages.isEnglish()), supplier.uscc().value());
    }

    private String target(StoredCreditCheck check) {
        return check == null ? messages.get("credit.override.noneSelected")
                : messages.get("credit.override.target", when(check.checkedAt()), check.score(),
                        labels.grade(check.grade()), labels.decision(check.decision()));
    }

    private String status(StoredCreditCheck check) {
        return check == null || check.override() == null ? messages.get("credit.override.notYet")
                : overrideText(check.override());
    }

    private String overrideText(CreditOverride override) {
        return messages.get("credit.history.overrideText", labels.decision(override.decision()),
                override.officerLogin() == null ? "" : override.officerLogin(), when(override.at()),
                override.justification());
    }

    private static String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    @FXML
    private void override() {
        viewModel.override();
    }
}
