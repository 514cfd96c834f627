package io.factordesk.ui.receivables;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.review.ReasonLine;
import io.factordesk.domain.review.ReceivableDossier;
import io.factordesk.domain.review.ScanMark;
import io.factordesk.domain.review.TrailEntry;
import io.factordesk.ui.common.DomainLabels;
import io.factordesk.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Shows the dossier of the selected receivable: fields, verdict with each reason, verification trail. */
public final class ReceivableDetailController {

    static final PseudoClass INELIGIBLE = PseudoClass.getPseudoClass("ineligible");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReceivableDetailViewModel viewModel;
    private final Messages messages;
    private final ReviewLabels labels;
    private final DomainLabels domain;

    @FXML private Label detailTitle;
    @FXML private Label detailHint;
    @FXML private GridPane factsGrid;
    @FXML private Label invoiceCodeValue;
    @FXML private Label supplierValue;
    @FXML private Label debtorValue;
    @FXML private Label issueDateValue;
    @FXML private Label dueDateValue;
    @FXML private Label faceAmountValue;
    @FXML private Label outstandingValue;
    @FXML private Label statusValue;
    @FXML private Label contractValue;
    @FXML private Label verdictTitle;
    @FXML private Label verdictLabel;
    @FXML private Label trailTitle;
    @FXML private VBox reasonsBox;
    @FXML private ListView<TrailEntry> trailList;

    public ReceivableDetailController(ReceivableDetailViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new ReviewLabels(messages);
        this.domain = new DomainLabels(messages);
    }

    @FXML
    private void initialize() {
        trailList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TrailEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });
        viewModel.dossierProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.dossierProperty().get());
    }

    private void show(ReceivableDossier dossier) {
        boolean present = dossier != null;
        for (var node : List.of(factsGrid, verdictTitle, verdictLabel, reasonsBox, trailTitle, trailList)) {
            node.setVisible(present);
            node.setManaged(present);
        }
        detailHint.setVisible(!present);
        detailHint.setManaged(!present);
        if (!present) {
            detailTitle.setText(messages.get("desk.detailTitleEmpty"));
            trailList.getItems().clear();
            reasonsBox.getChildren().clear();
            return;
        }
        Receivable r = dossier.receivable();
        boolean english = messages.isEnglish();
        detailTitle.setText(messages.get("desk.detailTitle", r.invoiceNo()));
        invoiceCodeValue.setText(r.invoiceCode());
        supplierValue.setText(r.supplierName(english) + "\n" + r.supplierUscc().value());
        debtorValue.setText(r.debtorName(english) + "\n" + r.debtorUscc().value());
        issueDateValue.setText(messages.date(r.issueDate()));
        dueDateValue.setText(messages.date(r.dueDate()));
        faceAmountValue.setText(messages.amount(r.faceAmount()) + " " + r.currency());
        outstandingValue.setText(messages.amount(r.outstanding()));
        statusValue.setText(domain.receivableStatus(r.status())
                + (r.disputed() ? messages.get("desk.separator") + messages.get("desk.rule.disputed") : ""));
        contractValue.setText(r.contractRef() == null ? "" : r.contractRef());
        verdictLabel.setText(verdict(dossier.mark()));
        verdictLabel.pseudoClassStateChanged(INELIGIBLE, dossier.mark() != null && !dossier.mark().eligible());
        reasonsBox.getChildren().setAll(dossier.reasons().stream().map(this::reason).toList());
        trailList.getItems().setAll(dossier.trail());
    }

    private String verdict(ScanMark mark) {
        if (mark == null) {
            return messages.get("desk.verdictNotScanned");
        }
        return messages.get(mark.eligible() ? "desk.verdictEligible" : "desk.verdictIneligible",
                messages.date(mark.asOf()), messages.count(mark.failedRules().size()));
    }

    private Label reason(ReasonLine line) {
        String name = line.rule() == null ? "" : labels.rule(line.rule());
        String detail = line.detail() == null ? "" : line.detail();
        Label label = new Label(detail.isEmpty() ? "• " + name : "• " + name + (name.isEmpty() ? "" : ": ") + detail);
        label.setWrapText(true);
        label.getStyleClass().add("reason-line");
        return label;
    }

    /** Two lines: when, who and what; then the document, reason or note. */
    private String describe(TrailEntry entry) {
        String head = messages.get("desk.trailLine", entry.at() == null ? "" : TIME.format(entry.at()),
                entry.officerLogin(), labels.action(entry));
        String detail = labels.trailDetail(entry);
        return detail.isBlank() ? head : head + "\n" + detail;
    }
}
