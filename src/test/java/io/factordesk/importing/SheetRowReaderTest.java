package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetRowReaderTest {

    @ParameterizedTest
    @CsvSource({"A1, 0", "B7, 1", "Z3, 25", "AA10, 26", "AB2, 27", "XFD1, 16383"})
    void columnsFromCellReferences(String reference, int column) {
        assertThat(SheetRowReader.column(reference, 99)).isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource({"12345.6, General, 12345.6", "12000000, General, 12000000", "12, 00000000, 00000012",
            "1.2E+7, '#,##0.00', 12000000", "3200261130, 0, 3200261130"})
    void numbersAsTheOfficerSeesThem(String stored, String format, String text) {
        assertThat(SheetRowReader.numberText(new BigDecimal(stored), format)).isEqualTo(text);
    }
}
