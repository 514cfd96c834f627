package io.factordesk.ui.suppliers;

import io.factordesk.domain.SupplierDetail;
import io.factordesk.domain.TradingMonth;
import io.factordesk.service.PortfolioService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The detail pane of the selected supplier: identity, addresses, accounts and 24 months of sales. */
public final class SupplierDetailViewModel {

    static final int CHART_MONTHS = 24;

    private final PortfolioService portfolio;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<SupplierDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ObservableList<MonthlySales> sales = FXCollections.observableArrayList();
    private final ObservableList<SupplierDetail.Address> addresses = FXCollections.observableArrayList();
    private final ObservableList<SupplierDetail.BankAccount> bankAccounts = FXCollections.observableArrayList();
    private TaskHandle running = TaskHandle.DONE;
    // Clicking quickly through the list must show the last supplier clicked, not the slowest to load.
    private long generation;

    public SupplierDetailViewModel(PortfolioService portfolio, TaskExecutor executor, DialogService dialogs,
                                   Messages messages) {
        this.portfolio = portfolio;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Loads the supplier's detail; null clears the pane. */
    public void show(Long supplierId) {
        running.cancel();
        long current = ++generation;
        if (supplierId == null) {
            present(Optional.empty());
            loading.set(false);
            return;
        }
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> portfolio.supplierDetail(supplierId))
                .onSuccess(result -> {
                    if (current == generation) {
                        present(result);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("error.title"), messages.get("error.supplierDetail"),
                                failure);
                    }
                }));
    }

    private void present(Optional<SupplierDetail> result) {
        detail.set(result.orElse(null));
        addresses.setAll(result.map(SupplierDetail::addresses).orElse(List.of()));
        bankAccounts.setAll(result.map(SupplierDetail::bankAccounts).orElse(List.of()));
        List<TradingMonth> history = result.map(SupplierDetail::tradingHistory).orElse(List.of());
        sales.setAll(history.subList(Math.max(0, history.size() - CHART_MONTHS), history.size()).stream()
                .map(month -> new MonthlySales(month.month(), month.sales()))
                .toList());
    }

    public ObjectProperty<SupplierDetail> detailProperty() {
        return detail;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<MonthlySales> sales() {
        return sales;
    }

    public ObservableList<SupplierDetail.Address> addresses() {
        return addresses;
    }

    public ObservableList<SupplierDetail.BankAccount> bankAccounts() {
        return bankAccounts;
    }
}
