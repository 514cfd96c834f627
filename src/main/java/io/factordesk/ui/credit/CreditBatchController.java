package io.factordesk.ui.credit;

import io.factordesk.scoring.Decision;
import io.factordesk.ui.common.Messages;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Binds the portfolio batch: run and cancel with progress, the results table, and the distribution chart. */
public final class CreditBatchController {

    private final CreditBatchViewModel viewModel;
    private final Messages messages;
    private final CreditLabels labels;

    @FXML private Button runBatchButton;
    @FXML private Button cancelBatchButton;
    @FXML private Button openCheckButton;
    @FXML private Button showStoredButton;
    @FXML private ProgressBar batchProgress;
    @FXML private Label batchStatus;
    @FXML private TableView<BatchRow> batchTable;
    @FXML private TableColumn<BatchRow, String> batchSupplierColumn;
    @FXML private TableColumn<BatchRow, String> batchScoreColumn;
    @FXML private TableColumn<BatchRow, String> batchGradeColumn;
    @FXML private TableColumn<BatchRow, String> batchDecisionColumn;
    @FXML private TableColumn<BatchRow, String> batchLimitColumn;
    @FXML private TableColumn<BatchRow, String> batchRateColumn;
    @FXML private Label distributionSource;
    @FXML private BarChart<String, Number> distributionChart;

    public CreditBatchController(CreditBatchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new CreditLabels(messages);
    }

    @FXML
    private void initialize() {
        runBatchButton.disableProperty().bind(viewModel.runningProperty());
        showStoredButton.disableProperty().bind(viewModel.runningProperty());
        cancelBatchButton.disableProperty().bind(viewModel.runningProperty().not());
        batchProgress.progressProperty().bind(viewModel.progressProperty());
        batchStatus.textProperty().bind(viewModel.statusProperty());
        // Sorted by the table's columns; results arriving after a header click stay in that order.
        SortedList<BatchRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(batchTable.comparatorProperty());
        batchTable.setItems(sorted);
        column(batchSupplierColumn, row -> row.supplierName(messages.isEnglish()));
        column(batchScoreColumn, row -> Integer.toString(row.result().score()));
        batchScoreColumn.setComparator(Comparator.comparingInt(Integer::parseInt));
        column(batchGradeColumn, row -> row.result().grade());
        column(batchDecisionColumn, row -> labels.decision(row.result().decision()));
        column(batchLimitColumn, row -> messages.amount(row.result().limit().recommended()));
        column(batchRateColumn, row -> labels.percent(row.result().pricing().annualRate(), 2));
        batchTable.setRowFactory(table -> {
            TableRow<BatchRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        batchTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        openCheckButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull());
        distributionSource.textProperty().bind(viewModel.distribution().sourceProperty());
        viewModel.distribution().distributionProperty().addListener((obs, old, now) -> chart(now));
        chart(viewModel.distribution().distributionProperty().get());
    }

    private void chart(ScoreDistribution distribution) {
        distributionChart.getData().clear();
        if (distribution == null) {
            return;
        }
        for (Decision decision : Decision.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(labels.decision(decision));
            for (String grade : distribution.grades()) {
                series.getData().add(new XYChart.Data<>(grade, distribution.count(grade, decision)));
            }
            distributionChart.getData().add(series);
        }
    }

    private void column(TableColumn<BatchRow, String> column, Function<BatchRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    @FXML
    private void runBatch() {
        viewModel.runBatch();
    }

    @FXML
    private void cancelBatch() {
        viewModel.cancel();
    }

    @FXML
    private void showStored() {
        viewModel.distribution().loadStored();
    }

    @FXML
    private void openSelected() {
        viewModel.open(batchTable.getSelectionModel().getSelectedItem());
    }
}
