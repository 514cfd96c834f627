package io.factordesk.ui.receivables;

import io.factordesk.domain.DebtorChoice;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;

/** Binds the filter bar; a choice of "all" is the empty first item of each list. */
public final class ReviewFilterController {

    private final ReviewFilterViewModel viewModel;
    private final Messages messages;
    private final ReviewLabels labels;
    private final DomainLabels domain;

    @FXML private SearchableComboBox<SupplierSummary> supplierFilter;
    @FXML private SearchableComboBox<DebtorChoice> debtorFilter;
    @FXML private ComboBox<ReceivableStatus> statusFilter;
    @FXML private ComboBox<EligibilityFilter> eligibilityFilter;
    @FXML private ComboBox<EligibilityRule> ruleFilter;
    @FXML private TextField searchField;
    @FXML private DatePicker issuedFromPicker;
    @FXML private DatePicker issuedToPicker;
    @FXML private DatePicker dueFromPicker;
    @FXML private DatePicker dueToPicker;
    @FXML private TextField amountFromField;
    @FXML private TextField amountToField;
    @FXML private Label filterProblemLabel;

    public ReviewFilterController(ReviewFilterViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new ReviewLabels(messages);
        this.domain = new DomainLabels(messages);
    }

    @FXML
    private void initialize() {
        boolean english = messages.isEnglish();
        supplierFilter.setItems(withAll(viewModel.suppliers()));
        supplierFilter.setConverter(Converters.showing(s -> s.displayName(english) + "  " + s.uscc().value(),
                messages.get("receivables.allSuppliers")));
        supplierFilter.valueProperty().bindBidirectional(viewModel.supplierProperty());
        debtorFilter.setItems(withAll(viewModel.debtors()));
        debtorFilter.setConverter(Converters.showing(d -> d.name(english) + "  " + d.uscc().value(),
                messages.get("desk.allDebtors")));
        debtorFilter.valueProperty().bindBidirectional(viewModel.debtorProperty());

        statusFilter.setItems(withAll(FXCollections.observableList(Arrays.asList(ReceivableStatus.values()))));
        statusFilter.setConverter(Converters.showing(domain::receivableStatus, domain.receivableStatus(null)));
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        eligibilityFilter.setItems(FXCollections.observableArrayList(EligibilityFilter.values()));
        eligibilityFilter.setConverter(Converters.showing(labels::eligibility, labels.eligibility(null)));
        eligibilityFilter.valueProperty().bindBidirectional(viewModel.eligibilityProperty());
        ruleFilter.setItems(withAll(FXCollections.observableList(Arrays.asList(EligibilityRule.values()))));
        ruleFilter.setConverter(Converters.showing(labels::rule, labels.rule(null)));
        ruleFilter.valueProperty().bindBidirectional(viewModel.failedRuleProperty());

        for (DatePicker picker : List.of(issuedFromPicker, issuedToPicker, dueFromPicker, dueToPicker)) {
            picker.setConverter(Converters.isoDates());
        }
        reportUnreadable(issuedFromPicker, viewModel::unreadableIssuedDate);
        reportUnreadable(issuedToPicker, viewModel::unreadableIssuedDate);
        reportUnreadable(dueFromPicker, viewModel::unreadableDueDate);
        reportUnreadable(dueToPicker, viewModel::unreadableDueDate);
        issuedFromPicker.valueProperty().bindBidirectional(viewModel.issuedFromProperty());
        issuedToPicker.valueProperty().bindBidirectional(viewModel.issuedToProperty());
        dueFromPicker.valueProperty().bindBidirectional(viewModel.dueFromProperty());
        dueToPicker.valueProperty().bindBidirectional(viewModel.dueToProperty());
        amountFromField.textProperty().bindBidirectional(viewModel.amountFromProperty());
        amountToField.textProperty().bindBidirectional(viewModel.amountToProperty());
        searchField.textProperty().bindBidirectional(viewModel.textProperty());

        filterProblemLabel.textProperty().bind(viewModel.problemProperty());
        filterProblemLabel.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        filterProblemLabel.managedProperty().bind(filterProblemLabel.visibleProperty());
    }

    /**
     * A DatePicker silently drops typed text it cannot read. Its skin commits on Enter and on losing
     * focus; these listeners sit on the picker itself and are registered before the skin exists, so they
     * see the typed text first and the officer is told which field and what was typed.
     */
    private static void reportUnreadable(DatePicker picker, Consumer<String> report) {
        Runnable check = () -> {
            String typed = picker.getEditor().getText();
            if (typed != null && !typed.isBlank() && picker.getConverter().fromString(typed) == null) {
                report.accept(typed);
            }
        };
        picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                check.run();
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                check.run();
            }
        });
    }

    /** The choices with an empty first item for "all"; follows the source list. */
    private static <T> ObservableList<T> withAll(ObservableList<T> source) {
        ObservableList<T> choices = FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<T> all = new ArrayList<>(source.size() + 1);
            all.add(null);
            all.addAll(source);
            choices.setAll(all);
        };
        copy.run();
        source.addListener((ListChangeListener<T>) change -> copy.run());
        return choices;
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }
}
