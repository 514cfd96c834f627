package io.factordesk.ui.suppliers;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.UiPreferences;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The suppliers table: filter, sort on the loaded list, selection into the detail pane. */
public final class SuppliersController {

    static final String DIVIDER_KEY = UiPreferences.DIVIDER_PREFIX + "suppliers";

    private final SuppliersViewModel viewModel;
    private final Messages messages;
    private final DomainLabels labels;
    private final UiPreferences preferences;

    @FXML private SplitPane split;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label countLabel;
    @FXML private TextField filterField;
    @FXML private TableView<SupplierSummary> supplierTable;
    @FXML private TableColumn<SupplierSummary, String> nameColumn;
    @FXML private TableColumn<SupplierSummary, String> usccColumn;
    @FXML private TableColumn<SupplierSummary, String> regionColumn;
    @FXML private TableColumn<SupplierSummary, String> industryColumn;
    @FXML private TableColumn<SupplierSummary, String> statusColumn;
    @FXML private TableColumn<SupplierSummary, Long> openCountColumn;
    @FXML private TableColumn<SupplierSummary, BigDecimal> openAmountColumn;

    public SuppliersController(SuppliersViewModel viewModel, Messages messages, UiPreferences preferences) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new DomainLabels(messages);
        this.preferences = preferences;
    }

    @FXML
    private void initialize() {
        text(nameColumn, supplier -> supplier.displayName(messages.isEnglish()));
        text(usccColumn, supplier -> supplier.uscc().value());
        text(regionColumn, SupplierSummary::region);
        text(industryColumn, SupplierSummary::industry);
        text(statusColumn, supplier -> labels.supplierStatus(supplier.status()));
        openCountColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().openReceivables()));
        openCountColumn.setCellFactory(column -> numericCell(messages::count));
        openAmountColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().openFaceAmount()));
        openAmountColumn.setCellFactory(column -> numericCell(messages::amount));

        SortedList<SupplierSummary> sorted = new SortedList<>(viewModel.visibleSuppliers());
        sorted.comparatorProperty().bind(supplierTable.comparatorProperty());
        supplierTable.setItems(sorted);
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("suppliers.count", messages.count(viewModel.visibleSuppliers().size()),
                        messages.count(viewModel.allSuppliers().size())),
                viewModel.visibleSuppliers(), viewModel.allSuppliers()));

        if (viewModel.selectedProperty().get() != null) {
            supplierTable.getSelectionModel().select(viewModel.selectedProperty().get());
            supplierTable.scrollTo(viewModel.selectedProperty().get());
        }
        supplierTable.getSelectionModel().selectedItemProperty().addListener((obs, old, supplier) -> {
            if (supplier != null) {
                viewModel.selectedProperty().set(supplier);
            }
        });

        split.setDividerPositions(preferences.getDouble(DIVIDER_KEY, 0.68));
        split.getDividers().get(0).positionProperty().addListener((obs, old, position) ->
                preferences.putDouble(DIVIDER_KEY, position.doubleValue()));
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }

    private static <T, V> TableCell<T, V> numericCell(Function<V, String> format) {
        TableCell<T, V> cell = new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.getStyleClass().add("numeric-cell");
        return cell;
    }
}
