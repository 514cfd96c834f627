package io.factordesk.ui.receivables;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.UiPreferences;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The receivables table, one page at a time: a click on a column header re-queries the cache sorted by
 * that column; the selection feeds the actions and the detail pane; hidden columns are remembered.
 */
public final class ReviewTableController {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final String HIDDEN_KEY = UiPreferences.HIDDEN_COLUMNS_PREFIX + "desk";

    private final ReviewDeskViewModel desk;
    private final ReviewTableViewModel viewModel;
    private final ReviewActionsViewModel actions;
    private final Messages messages;
    private final UiPreferences preferences;
    private final ReviewLabels labels;
    private final DomainLabels domain;

    @FXML private TableView<ReviewRow> receivableTable;
    @FXML private TableColumn<ReviewRow, String> invoiceCodeColumn;
    @FXML private TableColumn<ReviewRow, String> invoiceNoColumn;
    @FXML private TableColumn<ReviewRow, String> supplierColumn;
    @FXML private TableColumn<ReviewRow, String> debtorColumn;
    @FXML private TableColumn<ReviewRow, String> issueDateColumn;
    @FXML private TableColumn<ReviewRow, String> dueDateColumn;
    @FXML private TableColumn<ReviewRow, String> faceAmountColumn;
    @FXML private TableColumn<ReviewRow, String> statusColumn;
    @FXML private TableColumn<ReviewRow, String> eligibilityColumn;
    @FXML private TableColumn<ReviewRow, String> contractColumn;
    @FXML private Label tablePlaceholder;
    @FXML private Pagination pager;
    @FXML private Label selectionLabel;
    @FXML private ComboBox<VerificationDocument> documentChoice;
    @FXML private TextField reasonField;
    @FXML private Button verifyButton;
    @FXML private Button holdButton;
    @FXML private Button rejectButton;
    @FXML private Button disputeButton;
    @FXML private Button noteButton;
    @FXML private Button newDealButton;

    public ReviewTableController(ReviewDeskViewModel desk, Messages messages, UiPreferences preferences) {
        this.desk = desk;
        this.viewModel = desk.table();
        this.actions = desk.actions();
        this.messages = messages;
        this.preferences = preferences;
        this.labels = new ReviewLabels(messages);
        this.domain = new DomainLabels(messages);
    }

    @FXML
    private void initialize() {
        boolean english = messages.isEnglish();
        text(invoiceCodeColumn, null, Receivable::invoiceCode);
        text(invoiceNoColumn, ReviewSort.INVOICE_NO, Receivable::invoiceNo);
        text(supplierColumn, ReviewSort.SUPPLIER, r -> r.supplierName(english));
        text(debtorColumn, ReviewSort.DEBTOR, r -> r.debtorName(english));
        text(issueDateColumn, ReviewSort.ISSUE_DATE, r -> messages.date(r.issueDate()));
        text(dueDateColumn, ReviewSort.DUE_DATE, r -> messages.date(r.dueDate()));
        text(faceAmountColumn, ReviewSort.FACE_AMOUNT, r -> messages.amount(r.faceAmount()));
        text(statusColumn, ReviewSort.STATUS, r -> domain.receivableStatus(r.status()));
        text(contractColumn, null, Receivable::contractRef);
        eligibilityColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(labels.verdict(row.getValue().mark())));
        // The failed rules rarely fit the column: the whole list shows on hover.
        eligibilityColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String verdict, boolean empty) {
                super.updateItem(verdict, empty);
                setText(empty ? null : verdict);
                setTooltip(empty || verdict == null ? null : new Tooltip(verdict));
            }
        });
        rememberHiddenColumns();

        receivableTable.setItems(viewModel.rows());
        receivableTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        receivableTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ReviewRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && viewModel.isOverdue(item.receivable()));
            }
        });
        receivableTable.setSortPolicy(table -> {
            sortInCache();
            return true;
        });
        receivableTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ReviewRow>) change ->
                actions.selection().setAll(receivableTable.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).toList()));
        receivableTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                desk.detail().show(row.receivable().id());
            }
        });
        viewModel.setOnLoaded(this::keepShownReceivableSelected);

        tablePlaceholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(messages.get("desk.loading")).otherwise(messages.get("receivables.empty")));
        pager.setPageFactory(index -> new Region());
        pager.pageCountProperty().bind(viewModel.pageCountProperty());
        pager.currentPageIndexProperty().bindBidirectional(viewModel.pageIndexProperty());
        bindActions();
    }

    private void bindActions() {
        selectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("desk.selected", messages.count(actions.selection().size())), actions.selection()));
        documentChoice.setItems(FXCollections.observableArrayList(VerificationDocument.values()));
        documentChoice.setConverter(Converters.showing(labels::document, ""));
        documentChoice.valueProperty().bindBidirectional(actions.documentProperty());
        reasonField.textProperty().bindBidirectional(actions.reasonProperty());
        var nothingChosen = Bindings.isEmpty(actions.selection()).or(actions.busyProperty());
        for (Button button : new Button[] {verifyButton, holdButton, rejectButton, disputeButton, noteButton,
                newDealButton}) {
            button.disableProperty().bind(nothingChosen);
        }
    }

    /** After a refresh the same receivable stays selected when it is still on the page. */
    private void keepShownReceivableSelected() {
        Long shown = desk.detail().shownId();
        if (shown == null || !receivableTable.getSelectionModel().isEmpty()) {
            return;
        }
        for (int i = 0; i < viewModel.rows().size(); i++) {
            if (viewModel.rows().get(i).receivable().id() == shown) {
                receivableTable.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void rememberHiddenColumns() {
        Set<String> hidden = new HashSet<>(Arrays.asList(preferences.get(HIDDEN_KEY, "").split(",")));
        for (TableColumn<ReviewRow, ?> column : receivableTable.getColumns()) {
            if (preferences.get(HIDDEN_KEY, null) != null) {
                column.setVisible(!hidden.contains(column.getId()));
            }
            column.visibleProperty().addListener((obs, was, now) -> preferences.put(HIDDEN_KEY,
                    receivableTable.getColumns().stream().filter(c -> !c.isVisible()).map(TableColumn::getId)
                            .collect(Collectors.joining(","))));
        }
    }

    /** Called by the table for header clicks; the view model ignores an order already in effect. */
    private void sortInCache() {
        if (receivableTable.getSortOrder().isEmpty()) {
            viewModel.sortBy(ReviewSort.ID, false);
            return;
        }
        TableColumn<ReviewRow, ?> column = receivableTable.getSortOrder().get(0);
        viewModel.sortBy((ReviewSort) column.getUserData(), column.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private static void text(TableColumn<ReviewRow, String> column, ReviewSort sort, Function<Receivable, String> value) {
        column.setUserData(sort);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue().receivable())));
    }

    @FXML
    private void verify() {
        actions.verify();
    }

    @FXML
    private void hold() {
        actions.hold();
    }

    @FXML
    private void reject() {
        actions.reject();
    }

    @FXML
    private void markDisputed() {
        actions.markDisputed();
    }

    @FXML
    private void addNote() {
        actions.addNote();
    }

    @FXML
    private void newDeal() {
        desk.newDealFromSelection();
    }
}
