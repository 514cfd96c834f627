package io.factordesk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs a credit check: knock-outs, scorecard, grade, fraud signals, decision, credit line and
 * risk-based price. Immutable and thread-safe; the same input always gives an equal result.
 */
public final class CreditCheckEngine {

    private final ScorecardModel model;
    private final Scorecard scorecard;
    private final KnockOutScreen knockOutScreen;
    private final FraudScreen fraudScreen;
    private final CreditLineCalculator lineCalculator;
    private final RiskBasedPricing pricing;

    public CreditCheckEngine(ScorecardModel model, WatchList watchList) {
        this.model = model;
        this.scorecard = model.scorecard();
        this.knockOutScreen = new KnockOutScreen(model, watchList);
        this.fraudScreen = new FraudScreen(model);
        this.lineCalculator = new CreditLineCalculator(model);
        this.pricing = new RiskBasedPricing(model.policy().pricing());
    }

    public ScorecardModel model() {
        return model;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public CreditCheckResult check(CreditCheckInput input) {
        TradingFigures figures = new TradingFigures(input, model.policy().limit().windowMonths());
        List<KnockOut> knockOuts = knockOutScreen.screen(input, figures);

        double[] measures = SupplierMeasures.measure(input, figures, model.policy());
        double[] values = new double[scorecard.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = measures[scorecard.characteristic(i).measure().ordinal()];
        }
        int[] points = new int[values.length];
        int score = scorecard.points(values, points);
        double pd = model.scaling().pd(score);
        Grade grade = model.grades().gradeFor(pd);

        List<FraudSignal> signals = fraudScreen.screen(input, figures);
        CreditLimit modelLine = lineCalculator.modelLine(input, figures, grade);

        DecisionNotes notes = new DecisionNotes(model);
        Decision decision = model.cutOffs().decisionFor(score);
        notes.add("decision.score", decision, score, model.cutOffs().approveMinScore(), model.cutOffs().referMinScore());
        for (KnockOut knockOut : knockOuts) {
            decision = Decision.DECLINE;
            notes.add("decision.knockout", Decision.DECLINE, knockOut.rule());
        }
        for (FraudSignal signal : signals) {
            decision = decision.atLeast(signal.action());
            notes.add("decision.signal", signal.action(), signal.signal());
        }
        if (input.request().requestedAmount().compareTo(modelLine.recommended()) > 0) {
            decision = decision.atLeast(Decision.REFER);
            notes.add("decision.request", Decision.REFER, String.format(Locale.ROOT, "%,.2f", input.request().requestedAmount()),
                String.format(Locale.ROOT, "%,.2f", modelLine.recommended()));
        }
        CreditLimit limit = decision == Decision.DECLINE ? lineCalculator.declined(modelLine) : modelLine;
        double annualSales = figures.salesSum(0, 12);
        Pricing price = pricing.price(pd, grade, input.request(), annualSales);

        return new CreditCheckResult(input.supplier().uscc().value(), input.asOf(), model.modelId(), model.modelVersion(),
            model.sha256(), score, BigDecimal.valueOf(pd).setScale(RiskBasedPricing.RATE_SCALE, RoundingMode.HALF_UP),
            grade.name(), decision, notes.notes(), knockOuts, signals, reasons(values, points),
            characteristicScores(values, points), model.scaling(), limit, price);
    }

    private List<ReasonCode> reasons(double[] values, int[] points) {
        List<ReasonCode> candidates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Characteristic characteristic = scorecard.characteristic(i);
            if (points[i] < characteristic.maxPoints()) {
                LocalizedText text = characteristic.reasonFor(values[i]);
                candidates.add(new ReasonCode(characteristic.reasonCode(), characteristic.measure().name(), points[i],
                    characteristic.maxPoints(), text.en(), text.zh()));
            }
        }
        // Stable sort: equal gaps keep the model file's order, so the result is deterministic.
        candidates.sort(Comparator.comparingInt(ReasonCode::pointsBelowBest).reversed());
        return candidates.subList(0, Math.min(model.policy().reasonCount(), candidates.size()));
    }

    private List<CharacteristicScore> characteristicScores(double[] values, int[] points) {
        List<CharacteristicScore> lines = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Characteristic characteristic = scorecard.characteristic(i);
            lines.add(new CharacteristicScore(characteristic.measure().name(),
                Double.isNaN(values[i]) ? null : BigDecimal.valueOf(values[i]).setScale(6, RoundingMode.HALF_UP),
                points[i], characteristic.maxPoints()));
        }
        return lines;
    }
}
