package io.factordesk.ui.deals;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.DealListing;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The deal list and the selected deal's lines, totals, registry state and actions. */
public final class DealListController {

    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DealListViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<DealListing> dealTable;
    @FXML private TableColumn<DealListing, String> numberColumn;
    @FXML private TableColumn<DealListing, String> supplierColumn;
    @FXML private TableColumn<DealListing, String> statusColumn;
    @FXML private TableColumn<DealListing, String> advanceColumn;
    @FXML private TableColumn<DealListing, String> createdColumn;
    @FXML private Button generateApprovedButton;
    @FXML private ProgressBar batchProgress;
    @FXML private Label batchLabel;
    @FXML private Button cancelBatchButton;
    @FXML private Label emptyLabel;
    @FXML private VBox detailBox;
    @FXML private Label dealNoLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label supplierLabel;
    @FXML private Label termsLabel;
    @FXML private Label registryLabel;
    @FXML private TableView<DealLine> lineTable;
    @FXML private TableColumn<DealLine, String> lineInvoiceColumn;
    @FXML private TableColumn<DealLine, String> lineDebtorColumn;
    @FXML private TableColumn<DealLine, String> lineDueColumn;
    @FXML private TableColumn<DealLine, String> lineDaysColumn;
    @FXML private TableColumn<DealLine, String> lineFaceColumn;
    @FXML private TableColumn<DealLine, String> lineAdvanceColumn;
    @FXML private TableColumn<DealLine, String> lineInterestColumn;
    @FXML private TableColumn<DealLine, String> lineNetColumn;
    @FXML private Label totalsLabel;
    @FXML private Button submitButton;
    @FXML private Button approveButton;
    @FXML private TextField returnReasonField;
    @FXML private Button returnButton;
    @FXML private TextField registryNoField;
    @FXML private javafx.scene.control.DatePicker registryDatePicker;
    @FXML private Button registerButton;
    @FXML private Button generateZhButton;
    @FXML private Button generateEnButton;

    public DealListController(DealListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        dealTable.setItems(viewModel.listings());
        text(numberColumn, DealListing::dealNo);
        text(supplierColumn, DealListing::supplierName);
        text(statusColumn, listing -> status(listing.status()));
        text(advanceColumn, listing -> messages.amount(listing.advance()));
        text(createdColumn, listing -> CREATED.format(listing.createdAt()));
        dealTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && dealTable.getSelectionModel().getSelectedItem() != now) {
                dealTable.getSelectionModel().select(now);
            }
        });

        lineText(lineInvoiceColumn, line -> line.receivable().invoiceNo());
        lineText(lineDebtorColumn, line -> line.receivable().debtorName());
        lineText(lineDueColumn, line -> messages.date(line.receivable().dueDate()));
        lineText(lineDaysColumn, line -> messages.count(line.days()));
        lineText(lineFaceColumn, line -> messages.amount(line.faceAmount()));
        lineText(lineAdvanceColumn, line -> messages.amount(line.advance()));
        lineText(lineInterestColumn, line -> messages.amount(line.discountInterest()));
        lineText(lineNetColumn, line -> messages.amount(line.netProceeds()));

        var batchRunning = viewModel.batchRunningProperty();
        generateApprovedButton.disableProperty().bind(batchRunning.or(viewModel.busyProperty()));
        for (javafx.scene.Node node : java.util.List.of(batchProgress, batchLabel, cancelBatchButton)) {
            node.visibleProperty().bind(batchRunning);
            node.managedProperty().bind(batchRunning);
        }
        batchProgress.progressProperty().bind(viewModel.batchProgressProperty());
        batchLabel.textProperty().bind(viewModel.batchMessageProperty());
        detailBox.visibleProperty().bind(viewModel.dealProperty().isNotNull());
        emptyLabel.visibleProperty().bind(viewModel.dealProperty().isNull());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        returnReasonField.textProperty().bindBidirectional(viewModel.returnReasonProperty());
        submitButton.disableProperty().bind(viewModel.canSubmitProperty().not().or(viewModel.busyProperty()));
        approveButton.disableProperty().bind(viewModel.canApproveProperty().not().or(viewModel.busyProperty()));
        returnButton.disableProperty().bind(viewModel.canApproveProperty().not().or(viewModel.busyProperty())
                .or(viewModel.returnReasonProperty().isEmpty()));
        returnReasonField.disableProperty().bind(viewModel.canApproveProperty().not());
        registryNoField.textProperty().bindBidirectional(viewModel.registryNoProperty());
        registryDatePicker.valueProperty().bindBidirectional(viewModel.registryDateProperty());
        registerButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.registryNoProperty().isEmpty())
                .or(viewModel.registryDateProperty().isNull()));
        generateZhButton.disableProperty().bind(viewModel.canGenerateProperty().not().or(viewModel.busyProperty()));
        generateEnButton.disableProperty().bind(viewModel.canGenerateProperty().not().or(viewModel.busyProperty()));
        viewModel.dealProperty().addListener((obs, old, now) -> showDeal(now));
        showDeal(viewModel.dealProperty().get());
    }

    private void showDeal(Deal deal) {
        if (deal == null) {
            lineTable.getItems().clear();
            return;
        }
        dealNoLabel.setText(deal.dealNo());
        statusLabel.setText(status(deal.status()));
        supplierLabel.setText(deal.supplierName() + "  " + deal.supplierUscc());
        DealTerms terms = deal.priced().terms();
        termsLabel.setText(messages.get("deals.detail.terms", messages.date(terms.fundingDate()),
                DealTermsForm.percent(terms.advanceRate()), DealTermsForm.percent(terms.annualRate()),
                messages.get(terms.recourse() ? "deals.recourse.yes" : "deals.recourse.no"),
                messages.get(terms.disclosed() ? "deals.disclosed.yes" : "deals.disclosed.no")));
        registryLabel.setText(deal.missingRegistration() ? messages.get("deals.registryMissing")
                : messages.get("deals.registry", deal.registryNo(), messages.date(deal.registryDate())));
        registryLabel.pseudoClassStateChanged(MISSING, deal.missingRegistration());
        lineTable.getItems().setAll(deal.priced().lines());
        DealTotals totals = deal.priced().totals();
        totalsLabel.setText(messages.get("deals.totalsLine", messages.count(deal.priced().lines().size()),
                messages.amount(totals.faceAmount()), messages.amount(totals.advance()),
                messages.amount(totals.discountInterest()), messages.amount(totals.fees()),
                messages.amount(totals.netProceeds()), messages.amount(totals.reserve())));
    }

    private String status(DealStatus status) {
        return switch (status) {
            case DRAFT -> messages.get("deal.status.draft");
            case SUBMITTED -> messages.get("deal.status.submitted");
            case APPROVED -> messages.get("deal.status.approved");
            case RETURNED -> messages.get("deal.status.returned");
            case CONTRACTED -> messages.get("deal.status.contracted");
        };
    }

    private static void text(TableColumn<DealListing, String> column, Function<DealListing, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void lineText(TableColumn<DealLine, String> column, Function<DealLine, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    @FXML
    private void generateAllApproved() {
        viewModel.generateAllApproved();
    }

    @FXML
    private void cancelBatch() {
        viewModel.cancelBatch();
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void approve() {
        viewModel.approve();
    }

    @FXML
    private void returnToMaker() {
        viewModel.returnToMaker();
    }

    @FXML
    private void register() {
        viewModel.register();
    }

    @FXML
    private void generateChinese() {
        viewModel.generate(false);
    }

    @FXML
    private void generateEnglish() {
        viewModel.generate(true);
    }
}
