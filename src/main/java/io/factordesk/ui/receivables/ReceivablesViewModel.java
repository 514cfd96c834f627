package io.factordesk.ui.receivables;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.domain.ReceivableQuery.SortColumn;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.service.PortfolioService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The receivables table one page at a time: filters, sorting and paging all become a
 * {@link ReceivableQuery} answered by H2, so the screen never holds more than one page.
 */
public final class ReceivablesViewModel implements ReloadableViewModel {

    public static final int PAGE_SIZE = 200;

    private final PortfolioService portfolio;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SupplierSummary> supplierChoices;
    private final Clock clock;

    private final ObservableList<Receivable> rows = FXCollections.observableArrayList();
    private final LongProperty totalCount = new SimpleLongProperty(this, "totalCount");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount", 1);
    private final ObjectProperty<SupplierSummary> supplierFilter = new SimpleObjectProperty<>(this, "supplier");
    private final ObjectProperty<ReceivableStatus> statusFilter = new SimpleObjectProperty<>(this, "status");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");

    private String appliedText;
    private SortColumn sort = SortColumn.ID;
    private boolean descending;
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    public ReceivablesViewModel(PortfolioService portfolio, TaskExecutor executor, DialogService dialogs,
                                Messages messages, ObservableList<SupplierSummary> supplierChoices, Clock clock) {
        this.portfolio = portfolio;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.supplierChoices = supplierChoices;
        this.clock = clock;
        supplierFilter.addListener((obs, old, now) -> goToPage(0));
        statusFilter.addListener((obs, old, now) -> goToPage(0));
        pageIndex.addListener((obs, old, now) -> load());
    }

    private boolean shown;

    /** Refreshes the page if the screen has been opened; otherwise the first {@link #show()} loads it. */
    @Override
    public void reload() {
        if (shown) {
            load();
        }
    }

    /** The screen is on display: load the first page unless it is already there. */
    public void show() {
        if (!shown) {
            shown = true;
            load();
        }
    }

    /** Applies the invoice text (exact invoice number, invoice code or contract reference). */
    public void search() {
        String text = searchText.get();
        appliedText = text == null || text.isBlank() ? null : text.strip();
        goToPage(0);
    }

    /** Re-queries sorted in the cache; returns false when the order is already in effect. */
    public boolean sortBy(SortColumn column, boolean descendingOrder) {
        if (column == sort && descendingOrder == descending) {
            return false;
        }
        sort = column;
        descending = descendingOrder;
        goToPage(0);
        return true;
    }

    public void goToPage(int index) {
        if (pageIndex.get() == index) {
            load();
        } else {
            pageIndex.set(index);
        }
    }

    /** Past its due date today and still owed: not paid, and not rejected from the programme. */
    public boolean isOverdue(Receivable receivable) {
        return receivable.status() != ReceivableStatus.PAID && receivable.status() != ReceivableStatus.REJECTED
                && receivable.daysPastDue(LocalDate.now(clock)) > 0;
    }

    ReceivableQuery currentQuery() {
        SupplierSummary supplier = supplierFilter.get();
        return new ReceivableQuery(supplier == null ? null : supplier.id(), appliedText, statusFilter.get(), sort,
                descending, Math.max(0, pageIndex.get()) * PAGE_SIZE, PAGE_SIZE);
    }

    private void load() {
        running.cancel();
        long current = ++generation;
        ReceivableQuery query = currentQuery();
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> portfolio.receivables(query))
                .onSuccess(page -> {
                    if (current != generation) {
                        return;
                    }
                    rows.setAll(page.rows());
                    totalCount.set(page.totalCount());
                    pageCount.set((int) Math.max(1, (page.totalCount() + PAGE_SIZE - 1) / PAGE_SIZE));
                    loading.set(false);
                    loaded.set(true);
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("error.title"), messages.get("error.receivables"), failure);
                    }
                }));
    }

    public ObservableList<Receivable> rows() {
        return rows;
    }

    public ObservableList<SupplierSummary> supplierChoices() {
        return supplierChoices;
    }

    public LongProperty totalCountProperty() {
        return totalCount;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public ObjectProperty<SupplierSummary> supplierFilterProperty() {
        return supplierFilter;
    }

    public ObjectProperty<ReceivableStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public SortColumn sortColumn() {
        return sort;
    }

    public boolean isDescending() {
        return descending;
    }
}
