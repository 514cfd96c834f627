package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.CreditOverride;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.Decision;
import io.factordesk.scoring.FraudSignal;
import io.factordesk.scoring.FraudSignalType;
import io.factordesk.scoring.KnockOut;
import io.factordesk.scoring.KnockOutRule;
import io.factordesk.scoring.LocalizedText;
import io.factordesk.scoring.ReasonCode;
import io.factordesk.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds one supplier's check: the supplier, the run button and the stored result with its explanations. */
public final class CreditCheckController {

    static final List<String> DECISION_STYLES = List.of("decision-approve", "decision-refer", "decision-decline");

    private final CreditCheckViewModel viewModel;
    private final Messages messages;
    private final CreditLabels labels;

    @FXML private ComboBox<SupplierSummary> creditSupplierCombo;
    @FXML private Button runCheckButton;
    @FXML private ProgressIndicator checkProgress;
    @FXML private ScrollPane resultScroll;
    @FXML private Label emptyLabel;
    @FXML private Label scoreValue;
    @FXML private Label gradeValue;
    @FXML private Label gradeNote;
    @FXML private Label pdValue;
    @FXML private Label decisionValue;
    @FXML private Label limitValue;
    @FXML private Label modelLabel;
    @FXML private Label overrideBanner;
    @FXML private VBox notesBox;
    @FXML private VBox reasonsBox;
    @FXML private VBox knockoutsBox;
    @FXML private VBox signalsBox;
    @FXML private Label limitFormula;

    public CreditCheckController(CreditCheckViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new CreditLabels(messages);
    }

    @FXML
    private void initialize() {
        creditSupplierCombo.setItems(viewModel.suppliers());
        creditSupplierCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(SupplierSummary supplier) {
                return supplier == null ? "" : supplier.displayName(messages.isEnglish()) + " · " + supplier.uscc();
            }

            @Override
            public SupplierSummary fromString(String text) {
                return null;
            }
        });
        creditSupplierCombo.valueProperty().bindBidirectional(viewModel.supplierProperty());
        checkProgress.visibleProperty().bind(viewModel.runningProperty());
        runCheckButton.disableProperty().bind(viewModel.runningProperty()
                .or(viewModel.supplierProperty().isNull()));
        resultScroll.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        emptyLabel.visibleProperty().bind(viewModel.resultProperty().isNull());
        overrideBanner.visibleProperty().bind(viewModel.overrideProperty().isNotNull());
        overrideBanner.managedProperty().bind(overrideBanner.visibleProperty());
        overrideBanner.textProperty().bind(Bindings.createStringBinding(() -> overrideText(viewModel.overrideProperty()
                .get()), viewModel.overrideProperty()));
        viewModel.resultProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.resultProperty().get());
    }

    private void show(CreditCheckResult result) {
        decisionValue.getStyleClass().removeAll(DECISION_STYLES);
        if (result == null) {
            List.of(scoreValue, gradeValue, gradeNote, pdValue, decisionValue, limitValue, modelLabel, limitFormula)
                    .forEach(label -> label.setText(""));
            List.of(notesBox, reasonsBox, knockoutsBox, signalsBox).forEach(box -> box.getChildren().clear());
            return;
        }
        scoreValue.setText(Integer.toString(result.score()));
        gradeValue.setText(result.grade());
        gradeNote.setText(labels.grade(result.grade()));
        pdValue.setText(labels.percent(result.pd(), 2));
        decisionValue.setText(labels.decision(result.decision()));
        decisionValue.getStyleClass().add(styleOf(result.decision()));
        limitValue.setText(labels.money(result.limit().recommended()));
        modelLabel.setText(messages.get("credit.result.model", result.modelId(), result.modelVersion(),
                messages.date(result.asOf()), result.modelSha256().substring(0, 12)));
        notesBox.getChildren().setAll(result.decisionNotes().stream().map(this::note).toList());
        reasonsBox.getChildren().setAll(result.reasons().isEmpty() ? List.of(none("credit.result.noReasons"))
                : result.reasons().stream().map(this::reason).toList());
        knockoutsBox.getChildren().setAll(result.knockouts().isEmpty() ? List.of(none("credit.result.noKnockouts"))
                : result.knockouts().stream().map(this::knockOut).toList());
        signalsBox.getChildren().setAll(result.fraudSignals().isEmpty() ? List.of(none("credit.result.noSignals"))
                : result.fraudSignals().stream().map(this::signal).toList());
        limitFormula.setText(labels.inLanguage(result.limit().formula(), result.limit().formulaZh()));
    }

    private String overrideText(CreditOverride override) {
        return override == null ? "" : messages.get("credit.check.overridden", labels.decision(override.decision()),
                override.officerLogin() == null ? "" : override.officerLogin(), override.justification());
    }

    static String styleOf(Decision decision) {
        return DECISION_STYLES.get(decision.ordinal());
    }

    /** The model's note, with the rule and signal codes it quotes said in the officer's words. */
    private Node note(LocalizedText note) {
        String text = labels.inLanguage(note.en(), note.zh());
        for (KnockOutRule rule : KnockOutRule.values()) {
            text = text.replace(rule.name(), labels.knockOut(rule));
        }
        for (FraudSignalType signal : FraudSignalType.values()) {
            text = text.replace(signal.name(), labels.fraudSignal(signal));
        }
        for (Decision decision : Decision.values()) {
            text = text.replaceAll("\\b" + decision.name() + "\\b", labels.decision(decision));
        }
        return wrapped("· " + text, "credit-note");
    }

    private Node reason(ReasonCode reason) {
        Label title = wrapped(messages.get("credit.result.reasonTitle", labels.characteristic(reason.characteristic()),
                reason.points(), reason.maxPoints()), "finding-title");
        Label text = wrapped(labels.inLanguage(reason.text(), reason.textZh()), "finding-text");
        return finding(title, text, "reason-item");
    }

    private Node knockOut(KnockOut knockOut) {
        return finding(wrapped(labels.knockOut(knockOut.rule()), "finding-title"),
                wrapped(labels.inLanguage(knockOut.detail(), knockOut.detailZh()), "finding-text"), "knockout-item");
    }

    private Node signal(FraudSignal signal) {
        Label title = wrapped(messages.get("credit.result.signalTitle", labels.fraudSignal(signal.signal()),
                labels.decision(signal.action())), "finding-title");
        Label evidence = wrapped(messages.get("credit.result.evidence",
                labels.inLanguage(signal.evidence(), signal.evidenceZh())), "finding-text");
        return finding(title, evidence, "signal-item");
    }

    private static VBox finding(Label title, Label text, String styleClass) {
        VBox box = new VBox(2, title, text);
        box.getStyleClass().addAll("finding", styleClass);
        return box;
    }

    private Label none(String key) {
        return wrapped(messages.get(key), "muted");
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    @FXML
    private void runCheck() {
        viewModel.runCheck();
    }
}
