package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IrbCapitalTest {

    private static final double NO_SME_ADJUSTMENT = Double.NaN;

    @Test
    void corporateRiskWeightAtOnePercentMatchesThePublishedValue() {
        IrbCapital.Requirement capital = IrbCapital.requirement(0.01, 0.45, 2.5, NO_SME_ADJUSTMENT);

        assertThat(capital.correlation()).isCloseTo(0.19278, within(1e-5));
        assertThat(capital.riskWeight()).isCloseTo(0.9232, within(0.0001));
        assertThat(capital.k()).isCloseTo(0.9232 / 12.5, within(0.00001));
    }

    @Test
    void salesOfFiftyMillionEurOrMoreGetNoSizeAdjustment() {
        double large = IrbCapital.requirement(0.01, 0.45, 2.5, 50.0).riskWeight();

        assertThat(large).isCloseTo(IrbCapital.requirement(0.01, 0.45, 2.5, NO_SME_ADJUSTMENT).riskWeight(), within(1e-12));
    }

    @Test
    void smeAdjustmentLowersCorrelationAndRiskWeightMoreForSmallerFirms() {
        double r = IrbCapital.correlation(0.01, NO_SME_ADJUSTMENT);
        assertThat(IrbCapital.correlation(0.01, 5.0)).isCloseTo(r - 0.04, within(1e-12));
        assertThat(IrbCapital.correlation(0.01, 2.0)).isCloseTo(r - 0.04, within(1e-12));
        assertThat(IrbCapital.correlation(0.01, 27.5)).isCloseTo(r - 0.02, within(1e-12));

        double at5 = IrbCapital.requirement(0.01, 0.45, 2.5, 5.0).riskWeight();
        double at27 = IrbCapital.requirement(0.01, 0.45, 2.5, 27.5).riskWeight();
        double at50 = IrbCapital.requirement(0.01, 0.45, 2.5, 50.0).riskWeight();
        assertThat(at5).isLessThan(at27);
        assertThat(at27).isLessThan(at50);
        assertThat(at5).isCloseTo(0.7239, within(0.0005));
    }

    @Test
    void probabilityOfDefaultIsFlooredAtFiveBasisPoints() {
        IrbCapital.Requirement tiny = IrbCapital.requirement(0.0001, 0.45, 2.5, NO_SME_ADJUSTMENT);
        IrbCapital.Requirement floor = IrbCapital.requirement(0.0005, 0.45, 2.5, NO_SME_ADJUSTMENT);

        assertThat(tiny.pd()).isEqualTo(0.0005);
        assertThat(tiny.k()).isEqualTo(floor.k());
    }

    @Test
    void shorterMaturityNeedsLessCapital() {
        double oneYear = IrbCapital.requirement(0.02, 0.45, 1.0, 10.0).k();
        double threeMonths = IrbCapital.requirement(0.02, 0.45, 0.25, 10.0).k();

        assertThat(threeMonths).isLessThan(oneYear).isPositive();
    }
}
