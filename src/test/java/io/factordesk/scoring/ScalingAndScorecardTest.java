package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingAndScorecardTest {

    private final ScorecardModel model = SupplierFixture.defaultModel();

    @Test
    void scalingOf600At50To1With20PointsToDoubleTheOdds() {
        Scaling scaling = new Scaling(600, 50, 20);

        assertThat(scaling.factor()).isCloseTo(28.85, within(0.005));
        assertThat(scaling.offset()).isCloseTo(487.12, within(0.005));
        assertThat(scaling.odds(600)).isCloseTo(50.0, within(1e-9));
        assertThat(scaling.odds(620)).isCloseTo(100.0, within(1e-9));
        assertThat(scaling.pd(600)).isCloseTo(1.0 / 51.0, within(1e-12));
        assertThat(scaling.scoreForPd(0.01)).isCloseTo(487.12 + 28.8539 * Math.log(99), within(0.01));
    }

    @Test
    void binsIncludeTheirLowerEdgeAndMissingValuesGetTheirOwnPoints() {
        Characteristic dilution = Characteristic.of(Measure.DILUTION_RATE, new LocalizedText("d", "d"), "R05",
            new LocalizedText("%s", "%s"), new LocalizedText("none", "无"), 0.0, null,
            List.of(new Bin(0.0, 0.01, 60), new Bin(0.01, 0.03, 46), new Bin(0.03, null, 10)), 25);

        assertThat(dilution.points(0.0)).isEqualTo(60);
        assertThat(dilution.points(0.0099)).isEqualTo(60);
        assertThat(dilution.points(0.01)).isEqualTo(46);
        assertThat(dilution.points(0.03)).isEqualTo(10);
        assertThat(dilution.points(7.0)).isEqualTo(10);
        assertThat(dilution.points(-1.0)).as("below the declared range falls in the first bin").isEqualTo(60);
        assertThat(dilution.points(Double.NaN)).isEqualTo(25);
        assertThat(dilution.maxPoints()).isEqualTo(60);
        assertThat(dilution.reasonFor(0.042).en()).isEqualTo("4.2%");
        assertThat(dilution.reasonFor(Double.NaN).zh()).isEqualTo("无");
    }

    @Test
    void scoreIsTheSumOfEachCharacteristicsPoints() {
        Scorecard scorecard = model.scorecard();
        double[] values = new double[scorecard.size()];
        int expected = 0;
        for (int i = 0; i < values.length; i++) {
            Characteristic characteristic = scorecard.characteristic(i);
            Bin second = characteristic.bins().get(1);
            values[i] = second.min();
            expected += second.points();
        }
        int[] points = new int[values.length];

        assertThat(scorecard.score(values)).isEqualTo(expected);
        assertThat(scorecard.points(values, points)).isEqualTo(expected);
        assertThat(points).containsExactly(model.characteristics().stream()
            .mapToInt(c -> c.bins().get(1).points()).toArray());
    }

    @Test
    void sensibleSupplierLandsBetweenBAndAAndIsApproved() {
        CreditCheckResult result = new CreditCheckEngine(model, WatchList.EMPTY).check(new SupplierFixture().input());

        assertThat(result.grade()).isIn("A", "BBB", "BB", "B");
        assertThat(result.decision()).isEqualTo(Decision.APPROVE);
        assertThat(result.knockouts()).isEmpty();
        assertThat(result.fraudSignals()).isEmpty();
        assertThat(result.score()).isEqualTo(result.characteristics().stream().mapToInt(CharacteristicScore::points).sum());
        assertThat(result.pd().doubleValue()).isCloseTo(model.scaling().pd(result.score()), within(5e-9));
    }

    @Test
    void gradeFollowsThePdBands() {
        GradeScale grades = model.grades();

        assertThat(grades.gradeFor(0.0).name()).isEqualTo("AAA");
        assertThat(grades.gradeFor(0.001).name()).isEqualTo("AA");
        assertThat(grades.gradeFor(0.0149).name()).isEqualTo("BBB");
        assertThat(grades.gradeFor(0.015).name()).isEqualTo("BB");
        assertThat(grades.gradeFor(0.9).name()).isEqualTo("C");
        assertThat(grades.gradeFor(1.0).name()).isEqualTo("C");
    }

    @Test
    void reasonsNameTheCharacteristicsThatCostMostPointsInBothLanguages() {
        SupplierFixture fixture = new SupplierFixture();
        fixture.history = HistoryWithUs.NEW_CLIENT;
        fixture.supplier = new SupplierProfile(fixture.supplier.uscc(), fixture.supplier.name(),
            SupplierFixture.AS_OF.minusMonths(30), null, null, null, List.of(), List.of());

        CreditCheckResult result = new CreditCheckEngine(model, WatchList.EMPTY).check(fixture.input());

        assertThat(result.reasons()).hasSize(4);
        assertThat(result.reasons()).isSortedAccordingTo((a, b) -> b.pointsBelowBest() - a.pointsBelowBest());
        ReasonCode first = result.reasons().get(0);
        assertThat(first.characteristic()).isEqualTo("COMPANY_AGE_MONTHS");
        assertThat(first.code()).isEqualTo("R09");
        assertThat(first.points()).isEqualTo(30);
        assertThat(first.maxPoints()).isEqualTo(58);
        assertThat(first.text()).contains("registered 30 months ago");
        assertThat(first.textZh()).contains("成立30个月");
        ReasonCode second = result.reasons().get(1);
        assertThat(second.characteristic()).as("no record with us is a missing value, said as such")
            .isEqualTo("MAX_DAYS_PAST_DUE");
        assertThat(second.text()).startsWith("You have no repayment record with us yet");
        assertThat(second.textZh()).startsWith("贵司在我司尚无还款记录");
    }
}
