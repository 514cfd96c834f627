package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.importing.ProblemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportAmountsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12345.6        | 12345.60",
            "'12,345.60'    | 12345.60",
            "¥1,000,000     | 1000000.00",
            "￥８８００       | 8800.00",
            "¥ 99.99        | 99.99",
            "100元          | 100.00",
            "RMB 5000       | 5000.00",
            "0.01           | 0.01",
            ".5             | 0.50",
            "100.500        | 100.50",
            "１２，３４５．６  | 12345.60"})
    void readsTheFormsSuppliersUse(String text, String expected) {
        assertThat(ImportAmounts.parse(text).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "-5.00       | NEGATIVE_AMOUNT",
            "(120.00)    | NEGATIVE_AMOUNT",
            "¥-1         | NEGATIVE_AMOUNT",
            "0           | ZERO_AMOUNT",
            "0.00        | ZERO_AMOUNT",
            "12.345      | TOO_MANY_DECIMALS",
            "0.001       | TOO_MANY_DECIMALS",
            "abc         | NOT_AN_AMOUNT",
            "'1,23'      | NOT_AN_AMOUNT",
            "'12,3456.00' | NOT_AN_AMOUNT",
            "1e5         | NOT_AN_AMOUNT",
            "壹万元       | NOT_AN_AMOUNT",
            "12.3.4      | NOT_AN_AMOUNT"})
    void refusesNegativeZeroFractionsOfAFenAndNonNumbers(String text, ProblemKind kind) {
        assertThatThrownBy(() -> ImportAmounts.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
