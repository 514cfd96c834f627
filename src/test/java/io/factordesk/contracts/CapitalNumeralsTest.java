package io.factordesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CapitalNumeralsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // PBoC settlement rules examples (domain.md), in the one style FactorDesk uses
            "1409.50, 壹仟肆佰零玖元伍角",
            "6007.14, 陆仟零柒元壹角肆分",
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "107000.53, 壹拾万零柒仟元伍角叁分",
            "16409.02, 壹万陆仟肆佰零玖元零贰分",
            "10.00, 壹拾元整",
            "150000.00, 壹拾伍万元整",
            "1005.00, 壹仟零伍元整",
            "100010000.00, 壹亿零壹万元整",
            "1000500.00, 壹佰万零伍佰元整",
            "0.50, 伍角",
            "0.05, 伍分",
            "0.55, 伍角伍分",
            "0, 零元整",
            // 万 and 亿 boundaries
            "10000, 壹万元整",
            "10001, 壹万零壹元整",
            "10010, 壹万零壹拾元整",
            "99999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            "100000000, 壹亿元整",
            "100000001, 壹亿零壹元整",
            "120000000, 壹亿贰仟万元整",
            "1000000000, 壹拾亿元整",
            "2000000001.10, 贰拾亿零壹元壹角",
            "1000000000000, 壹万亿元整",
            "1000100000000, 壹万零壹亿元整",
            "110, 壹佰壹拾元整",
            "5000000.00, 伍佰万元整",
            "30000.07, 叁万元零柒分",
    })
    void writesAmountsPerPbocRules(String amount, String expected) {
        assertThat(CapitalNumerals.words(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void prefixStandsDirectlyBeforeTheAmount() {
        assertThat(CapitalNumerals.withPrefix(new BigDecimal("1005"))).isEqualTo("人民币壹仟零伍元整");
    }

    @Test
    void neverUsesForbiddenCharacters() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() & 0xFFFFFFFFFFL, 2);
            String words = CapitalNumerals.words(amount);
            assertThat(words).doesNotContainPattern("[一二两三四五六七八九十毛另]").doesNotContain("零零");
            assertThat(words.endsWith("元整") || words.endsWith("角") || words.endsWith("分")).as(words).isTrue();
        }
    }

    @Test
    void refusesNegativeAndSubFenAmounts() {
        assertThatThrownBy(() -> CapitalNumerals.words(new BigDecimal("-1")))
                .isInstanceOf(InvalidAmountException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> CapitalNumerals.words(new BigDecimal("1.005")))
                .isInstanceOf(InvalidAmountException.class).hasMessageContaining("more than two decimals");
        assertThat(CapitalNumerals.words(new BigDecimal("1.500"))).isEqualTo("壹元伍角");
        assertThatThrownBy(() -> CapitalNumerals.words(new BigDecimal("1E16")))
                .isInstanceOf(InvalidAmountException.class).hasMessageContaining("above");
    }
}
