package io.factordesk.ui.receivables;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableQuery.SortColumn;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The receivables table shows one page; a click on a column header re-queries the cache sorted by
 * that column instead of sorting the page in memory.
 */
public final class ReceivablesController {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final ReceivablesViewModel viewModel;
    private final Messages messages;
    private final DomainLabels labels;

    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label totalLabel;
    @FXML private ComboBox<SupplierSummary> supplierFilter;
    @FXML private ComboBox<ReceivableStatus> statusFilter;
    @FXML private TextField searchField;
    @FXML private TableView<Receivable> receivableTable;
    @FXML private TableColumn<Receivable, String> invoiceCodeColumn;
    @FXML private TableColumn<Receivable, String> invoiceNoColumn;
    @FXML private TableColumn<Receivable, String> supplierColumn;
    @FXML private TableColumn<Receivable, String> debtorColumn;
    @FXML private TableColumn<Receivable, String> issueDateColumn;
    @FXML private TableColumn<Receivable, String> dueDateColumn;
    @FXML private TableColumn<Receivable, String> faceAmountColumn;
    @FXML private TableColumn<Receivable, String> statusColumn;
    @FXML private TableColumn<Receivable, String> contractColumn;
    @FXML private Pagination pager;

    public ReceivablesController(ReceivablesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new DomainLabels(messages);
    }

    @FXML
    private void initialize() {
        text(invoiceCodeColumn, null, Receivable::invoiceCode);
        text(invoiceNoColumn, SortColumn.INVOICE_NO, Receivable::invoiceNo);
        boolean english = messages.isEnglish();
        text(supplierColumn, SortColumn.SUPPLIER, r -> r.supplierName(english));
        text(debtorColumn, SortColumn.DEBTOR, r -> r.debtorName(english));
        text(issueDateColumn, SortColumn.ISSUE_DATE, receivable -> messages.date(receivable.issueDate()));
        text(dueDateColumn, SortColumn.DUE_DATE, receivable -> messages.date(receivable.dueDate()));
        text(faceAmountColumn, SortColumn.FACE_AMOUNT, receivable -> messages.amount(receivable.faceAmount()));
        text(statusColumn, SortColumn.STATUS, receivable -> labels.receivableStatus(receivable.status()));
        text(contractColumn, null, Receivable::contractRef);
        receivableTable.setItems(viewModel.rows());
        receivableTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Receivable item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && viewModel.isOverdue(item));
            }
        });
        receivableTable.setSortPolicy(table -> {
            sortInCache();
            return true;
        });

        supplierFilter.setItems(viewModel.supplierChoices());
        supplierFilter.setConverter(converter(supplier -> supplier.displayName(messages.isEnglish())
                + "  " + supplier.uscc().value()));
        supplierFilter.valueProperty().bindBidirectional(viewModel.supplierFilterProperty());
        List<ReceivableStatus> statuses = new ArrayList<>(List.of(ReceivableStatus.values()));
        statusFilter.setItems(FXCollections.observableList(statuses));
        statusFilter.setConverter(converter(labels::receivableStatus));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());

        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("receivables.total", messages.count(viewModel.totalCountProperty().get()),
                        messages.count(ReceivablesViewModel.PAGE_SIZE)),
                viewModel.totalCountProperty()));
        pager.setPageFactory(index -> new Region());
        pager.pageCountProperty().bind(viewModel.pageCountProperty());
        pager.currentPageIndexProperty().bindBidirectional(viewModel.pageIndexProperty());
        viewModel.show();
    }

    /** Called by the table for header clicks; the view model ignores an order already in effect. */
    private void sortInCache() {
        if (receivableTable.getSortOrder().isEmpty()) {
            viewModel.sortBy(SortColumn.ID, false);
            return;
        }
        TableColumn<Receivable, ?> column = receivableTable.getSortOrder().get(0);
        viewModel.sortBy((SortColumn) column.getUserData(), column.getSortType() == TableColumn.SortType.DESCENDING);
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void clearFilters() {
        viewModel.supplierFilterProperty().set(null);
        viewModel.statusFilterProperty().set(null);
        viewModel.searchTextProperty().set("");
        viewModel.search();
    }

    private static void text(TableColumn<Receivable, String> column, SortColumn sort,
                             Function<Receivable, String> value) {
        column.setUserData(sort);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : toText.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
