package io.factordesk.ui.deals;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.domain.deal.FeeKind;
import io.factordesk.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** Binds the deal builder: supplier, terms, the ticked receivables and the live totals. */
public final class DealBuilderController {

    private final DealBuilderViewModel viewModel;
    private final Messages messages;

    @FXML private ComboBox<SupplierSummary> supplierCombo;
    @FXML private DatePicker fundingDatePicker;
    @FXML private TextField advanceRateField;
    @FXML private TextField annualRateField;
    @FXML private ComboBox<FeeKind> feeKindCombo;
    @FXML private TextField feeValueField;
    @FXML private CheckBox recourseCheck;
    @FXML private CheckBox disclosedCheck;
    @FXML private Label eligibleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<CandidateReceivable> candidateTable;
    @FXML private TableColumn<CandidateReceivable, Boolean> selectedColumn;
    @FXML private TableColumn<CandidateReceivable, String> invoiceNoColumn;
    @FXML private TableColumn<CandidateReceivable, String> debtorColumn;
    @FXML private TableColumn<CandidateReceivable, String> dueDateColumn;
    @FXML private TableColumn<CandidateReceivable, String> faceAmountColumn;
    @FXML private GridPane totalsGrid;
    @FXML private Label countValue;
    @FXML private Label faceValue;
    @FXML private Label advanceValue;
    @FXML private Label interestValue;
    @FXML private Label feesValue;
    @FXML private Label netValue;
    @FXML private Label reserveValue;
    @FXML private Label problemLabel;
    @FXML private ProgressIndicator creatingIndicator;
    @FXML private Button createButton;

    public DealBuilderController(DealBuilderViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        supplierCombo.setItems(viewModel.suppliers());
        supplierCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(SupplierSummary supplier) {
                return supplier == null ? "" : supplier.displayName(messages.isEnglish());
            }

            @Override
            public SupplierSummary fromString(String text) {
                return null;
            }
        });
        supplierCombo.valueProperty().bindBidirectional(viewModel.supplierProperty());
        // ISO dates as everywhere else in FactorDesk, whatever the JVM's default locale.
        fundingDatePicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        fundingDatePicker.valueProperty().bindBidirectional(viewModel.fundingDateProperty());
        advanceRateField.textProperty().bindBidirectional(viewModel.advanceRateProperty());
        annualRateField.textProperty().bindBidirectional(viewModel.annualRateProperty());
        feeKindCombo.setItems(FXCollections.observableArrayList(FeeKind.values()));
        feeKindCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeeKind kind) {
                return kind == null ? "" : switch (kind) {
                    case NONE -> messages.get("builder.feeKind.none");
                    case FIXED -> messages.get("builder.feeKind.fixed");
                    case PERCENT -> messages.get("builder.feeKind.percent");
                };
            }

            @Override
            public FeeKind fromString(String text) {
                return null;
            }
        });
        feeKindCombo.valueProperty().bindBidirectional(viewModel.feeKindProperty());
        feeValueField.textProperty().bindBidirectional(viewModel.feeValueProperty());
        feeValueField.disableProperty().bind(viewModel.feeKindProperty().isEqualTo(FeeKind.NONE));
        recourseCheck.selectedProperty().bindBidirectional(viewModel.recourseProperty());
        disclosedCheck.selectedProperty().bindBidirectional(viewModel.disclosedProperty());

        candidateTable.setItems(viewModel.candidates());
        selectedColumn.setCellValueFactory(cell -> cell.getValue().selectedProperty());
        selectedColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectedColumn));
        selectedColumn.setEditable(true);
        text(invoiceNoColumn, c -> c.receivable().invoiceNo());
        text(debtorColumn, c -> c.receivable().debtorName());
        text(dueDateColumn, c -> messages.date(c.receivable().dueDate()));
        text(faceAmountColumn, c -> messages.amount(c.receivable().faceAmount()));
        eligibleLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get("builder.eligibleCount",
                        viewModel.candidates().size(), viewModel.selectedCountProperty().get()),
                viewModel.candidates(), viewModel.selectedCountProperty()));
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        creatingIndicator.visibleProperty().bind(viewModel.creatingProperty());

        totalsGrid.visibleProperty().bind(viewModel.totalsProperty().isNotNull());
        totalsGrid.managedProperty().bind(totalsGrid.visibleProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        viewModel.totalsProperty().addListener((obs, old, now) -> showTotals(now));
        viewModel.selectedCountProperty().addListener((obs, old, now) -> showTotals(viewModel.totalsProperty().get()));
        showTotals(viewModel.totalsProperty().get());
        createButton.disableProperty().bind(viewModel.totalsProperty().isNull().or(viewModel.creatingProperty()));
    }

    private void showTotals(DealTotals totals) {
        if (totals == null) {
            return;
        }
        countValue.setText(messages.count(viewModel.selectedCountProperty().get()));
        faceValue.setText(messages.amount(totals.faceAmount()));
        advanceValue.setText(messages.amount(totals.advance()));
        interestValue.setText(messages.amount(totals.discountInterest()));
        feesValue.setText(messages.amount(totals.fees()));
        netValue.setText(messages.amount(totals.netProceeds()));
        reserveValue.setText(messages.amount(totals.reserve()));
    }

    private static void text(TableColumn<CandidateReceivable, String> column,
                             Function<CandidateReceivable, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void selectAll() {
        viewModel.selectAll(true);
    }

    @FXML
    private void selectNone() {
        viewModel.selectAll(false);
    }

    @FXML
    private void createDeal() {
        viewModel.createDeal();
    }
}
