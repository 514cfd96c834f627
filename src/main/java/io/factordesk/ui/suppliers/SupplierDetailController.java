package io.factordesk.ui.suppliers;

import io.factordesk.domain.Party;
import io.factordesk.domain.SupplierDetail;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Fills the supplier detail pane from its view model; the chart shows sales in 10,000 CNY. */
public final class SupplierDetailController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yy-MM");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final SupplierDetailViewModel viewModel;
    private final Messages messages;
    private final DomainLabels labels;
    private final ChangeListener<SupplierDetail> detailListener = (obs, old, detail) -> present(detail);
    private final ListChangeListener<MonthlySales> salesListener = change -> drawChart();

    @FXML private Label emptyLabel;
    @FXML private ScrollPane detailScroll;
    @FXML private Label nameLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label otherNameLabel;
    @FXML private Label usccValue;
    @FXML private Label legalRepValue;
    @FXML private Label registeredValue;
    @FXML private Label industryValue;
    @FXML private Label onboardedValue;
    @FXML private Label exposureValue;
    @FXML private BarChart<String, Number> salesChart;
    @FXML private TableView<SupplierDetail.Address> addressTable;
    @FXML private TableColumn<SupplierDetail.Address, String> addressKindColumn;
    @FXML private TableColumn<SupplierDetail.Address, String> addressLineColumn;
    @FXML private TableColumn<SupplierDetail.Address, String> addressPostcodeColumn;
    @FXML private TableView<SupplierDetail.BankAccount> accountTable;
    @FXML private TableColumn<SupplierDetail.BankAccount, String> bankColumn;
    @FXML private TableColumn<SupplierDetail.BankAccount, String> accountNoColumn;
    @FXML private TableColumn<SupplierDetail.BankAccount, String> purposeColumn;

    public SupplierDetailController(SupplierDetailViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new DomainLabels(messages);
    }

    @FXML
    private void initialize() {
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        detailScroll.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        emptyLabel.visibleProperty().bind(viewModel.detailProperty().isNull());
        text(addressKindColumn, address -> labels.addressKind(address.kind()));
        text(addressLineColumn, address -> messages.isEnglish() && address.lineEn() != null
                ? address.lineEn() : address.lineZh());
        text(addressPostcodeColumn, SupplierDetail.Address::postcode);
        text(bankColumn, SupplierDetail.BankAccount::bankName);
        text(accountNoColumn, SupplierDetail.BankAccount::accountNo);
        text(purposeColumn, account -> labels.accountPurpose(account.purpose()));
        addressTable.setItems(viewModel.addresses());
        accountTable.setItems(viewModel.bankAccounts());
        viewModel.detailProperty().addListener(new WeakChangeListener<>(detailListener));
        viewModel.sales().addListener(new WeakListChangeListener<>(salesListener));
        present(viewModel.detailProperty().get());
        drawChart();
    }

    private void present(SupplierDetail detail) {
        if (detail == null) {
            return;
        }
        SupplierSummary summary = detail.summary();
        Party party = detail.party();
        boolean english = messages.isEnglish();
        nameLabel.setText(summary.displayName(english));
        otherNameLabel.setText(english ? summary.nameZh() : orEmpty(summary.nameEn()));
        usccValue.setText(summary.uscc().value());
        legalRepValue.setText(orEmpty(party.legalRepresentative()));
        registeredValue.setText(party.registeredCapital() == null ? messages.date(party.registeredOn())
                : messages.get("detail.registeredValue", messages.date(party.registeredOn()),
                        messages.amount(party.registeredCapital())));
        industryValue.setText(orEmpty(summary.industry()) + " · " + orEmpty(summary.region()));
        onboardedValue.setText(messages.date(summary.onboardedOn()) + " · " + labels.supplierStatus(summary.status()));
        exposureValue.setText(messages.get("detail.openExposureValue", messages.count(summary.openReceivables()),
                messages.amount(summary.openFaceAmount())));
    }

    private void drawChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (MonthlySales month : viewModel.sales()) {
            // The chart only draws; amounts stay BigDecimal everywhere they are computed.
            double tenThousands = month.sales().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).doubleValue();
            series.getData().add(new XYChart.Data<>(MONTH.format(month.month()), tenThousands));
        }
        salesChart.getData().setAll(java.util.List.of(series));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }
}
