package io.factordesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractWordingTest {

    @Test
    void bothLanguagesHaveTheSameLabels() {
        Set<String> zh = new ContractWording(ContractLanguage.ZH).bundle().keySet();
        Set<String> en = new ContractWording(ContractLanguage.EN).bundle().keySet();

        assertThat(zh).isNotEmpty().containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void amountsInFiguresAreGroupedWithTheYuanSign() {
        assertThat(ContractWording.figures(new BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
        assertThat(ContractWording.figures(new BigDecimal("0.05"))).isEqualTo("¥0.05");
    }

    @Test
    void ratesArePercentagesWithoutSpuriousZeros() {
        assertThat(ContractWording.percent(new BigDecimal("0.85000000"))).isEqualTo("85%");
        assertThat(ContractWording.percent(new BigDecimal("0.0625"))).isEqualTo("6.25%");
    }

    @Test
    void chineseDatesAreWrittenTheChineseWay() {
        assertThat(new ContractWording(ContractLanguage.ZH).date(java.time.LocalDate.of(2026, 3, 5)))
                .isEqualTo("2026年3月5日");
        assertThat(new ContractWording(ContractLanguage.EN).date(java.time.LocalDate.of(2026, 3, 5)))
                .isEqualTo("5 March 2026");
    }
}
