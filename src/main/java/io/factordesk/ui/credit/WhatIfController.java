package io.factordesk.ui.credit;

import io.factordesk.scoring.CapitalFigures;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.PriceComponents;
import io.factordesk.ui.common.Messages;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the what-if terms and shows the price, its parts and the capital figures they come to. */
public final class WhatIfController {

    private final WhatIfViewModel viewModel;
    private final Messages messages;
    private final CreditLabels labels;

    @FXML private VBox whatIfPane;
    @FXML private TextField whatIfTenorField;
    @FXML private TextField whatIfAdvanceField;
    @FXML private TextField whatIfAmountField;
    @FXML private Label whatIfProblem;
    @FXML private Label whatIfDecision;
    @FXML private Label annualRateValue;
    @FXML private Label advanceRateValue;
    @FXML private ProgressIndicator whatIfProgress;
    @FXML private Label fundingCostValue;
    @FXML private Label expectedLossValue;
    @FXML private Label operatingCostValue;
    @FXML private Label capitalChargeValue;
    @FXML private Label marginValue;
    @FXML private Label annualRateTotal;
    @FXML private Label capitalPdValue;
    @FXML private Label lgdValue;
    @FXML private Label maturityValue;
    @FXML private Label salesValue;
    @FXML private Label correlationValue;
    @FXML private Label kValue;
    @FXML private Label eadValue;
    @FXML private Label rwaValue;

    public WhatIfController(WhatIfViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = new CreditLabels(messages);
    }

    @FXML
    private void initialize() {
        whatIfTenorField.textProperty().bindBidirectional(viewModel.tenorDaysProperty());
        whatIfAdvanceField.textProperty().bindBidirectional(viewModel.advanceRateProperty());
        whatIfAmountField.textProperty().bindBidirectional(viewModel.amountProperty());
        whatIfPane.disableProperty().bind(viewModel.availableProperty().not());
        whatIfProblem.textProperty().bind(viewModel.problemProperty());
        whatIfProblem.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        whatIfProblem.managedProperty().bind(whatIfProblem.visibleProperty());
        whatIfProgress.visibleProperty().bind(viewModel.computingProperty());
        viewModel.resultProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.resultProperty().get());
    }

    private void show(CreditCheckResult result) {
        whatIfDecision.getStyleClass().removeAll(CreditCheckController.DECISION_STYLES);
        if (result == null) {
            List.of(whatIfDecision, annualRateValue, advanceRateValue, fundingCostValue, expectedLossValue,
                    operatingCostValue, capitalChargeValue, marginValue, annualRateTotal, capitalPdValue, lgdValue,
                    maturityValue, salesValue, correlationValue, kValue, eadValue, rwaValue)
                    .forEach(label -> label.setText(messages.get("credit.none")));
            return;
        }
        whatIfDecision.setText(labels.decision(result.decision()));
        whatIfDecision.getStyleClass().add(CreditCheckController.styleOf(result.decision()));
        annualRateValue.setText(labels.percent(result.pricing().annualRate(), 2));
        advanceRateValue.setText(labels.percent(result.pricing().advanceRate(), 1));
        PriceComponents parts = result.pricing().components();
        fundingCostValue.setText(labels.percent(parts.fundingCost(), 3));
        expectedLossValue.setText(labels.percent(parts.expectedLoss(), 3));
        operatingCostValue.setText(labels.percent(parts.operatingCost(), 3));
        capitalChargeValue.setText(labels.percent(parts.capitalCharge(), 3));
        marginValue.setText(labels.percent(parts.margin(), 3));
        annualRateTotal.setText(labels.percent(result.pricing().annualRate(), 3));
        CapitalFigures capital = result.pricing().capital();
        capitalPdValue.setText(labels.percent(capital.pd(), 3));
        lgdValue.setText(labels.percent(capital.lgd(), 1));
        maturityValue.setText(messages.get("credit.capital.years", capital.maturityYears().setScale(3,
                java.math.RoundingMode.HALF_UP).toPlainString()));
        salesValue.setText(capital.salesEurMillions().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        correlationValue.setText(capital.correlation().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
        kValue.setText(labels.percent(capital.k(), 3));
        eadValue.setText(labels.money(capital.ead()));
        rwaValue.setText(labels.money(capital.rwa()));
    }
}
