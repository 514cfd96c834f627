package io.factordesk.ui.overview;

import io.factordesk.domain.PortfolioTotals;
import io.factordesk.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Shows the overview figures; a dash stands for a figure not loaded yet. */
public final class OverviewController {

    private final OverviewViewModel viewModel;
    private final Messages messages;

    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label asOfLabel;
    @FXML private Label suppliersValue;
    @FXML private Label debtorsValue;
    @FXML private Label openCountValue;
    @FXML private Label openAmountValue;
    @FXML private Label overdueCountValue;
    @FXML private Label overdueAmountValue;

    public OverviewController(OverviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        asOfLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            PortfolioTotals totals = viewModel.totalsProperty().get();
            return totals == null ? "" : messages.get("overview.asOf", messages.date(totals.asOf()));
        }, viewModel.totalsProperty()));
        bind(suppliersValue, totals -> messages.count(totals.suppliers()));
        bind(debtorsValue, totals -> messages.count(totals.debtors()));
        bind(openCountValue, totals -> messages.count(totals.openReceivables()));
        bind(openAmountValue, totals -> messages.get("amount.cny", messages.amount(totals.openFaceAmount())));
        bind(overdueCountValue, totals -> messages.count(totals.overdueReceivables()));
        bind(overdueAmountValue, totals -> messages.get("amount.cny", messages.amount(totals.overdueAmount())));
    }

    private void bind(Label label, Function<PortfolioTotals, String> text) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            PortfolioTotals totals = viewModel.totalsProperty().get();
            return totals == null ? "—" : text.apply(totals);
        }, viewModel.totalsProperty()));
    }
}
