package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardNormalTest {

    @ParameterizedTest
    @CsvSource({
        "0.0, 0.5",
        "1.0, 0.8413447460685429",
        "-1.0, 0.15865525393145707",
        "1.959963984540054, 0.975",
        "-2.326347874040841, 0.01",
        "3.090232306167813, 0.999",
        "-5.0, 2.866515718791939E-7",
        "-8.0, 6.220960574271785E-16",
        "-10.0, 7.619853024160527E-24",
        "-20.0, 2.7536241186062337E-89"})
    void cumulativeDistributionMatchesTables(double x, double expected) {
        assertThat(StandardNormal.cdf(x)).isCloseTo(expected, within(Math.max(1e-15, expected * 5e-14)));
    }

    @ParameterizedTest
    @CsvSource({
        "0.5, 0.0",
        "0.975, 1.959963984540054",
        "0.999, 3.090232306167813",
        "0.01, -2.326347874040841",
        "0.0005, -3.290526731491926",
        "1.0E-10, -6.361340902404056",
        "0.9999999, 5.199337582290662"})
    void inverseMatchesTables(double p, double expected) {
        assertThat(StandardNormal.inverseCdf(p)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void inverseUndoesTheDistributionAcrossTheRange() {
        for (double p = 1e-12; p < 1.0; p = p < 0.5 ? p * 1.7 : 1.0 - (1.0 - p) / 1.7) {
            double x = StandardNormal.inverseCdf(p);
            double back = p < 0.5 ? StandardNormal.cdf(x) : 1.0 - StandardNormal.cdf(-x) ;
            assertThat(back).as("p=%s", p).isCloseTo(p, within(Math.min(p, 1.0 - p) * 1e-10));
            if (1.0 - p < 1e-12) {
                break;
            }
        }
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> StandardNormal.inverseCdf(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StandardNormal.inverseCdf(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
