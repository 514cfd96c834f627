package io.factordesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.importing.ProblemKind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-01          | 2026-03-01",
            "2026/3/1            | 2026-03-01",
            "2026.3.1            | 2026-03-01",
            "2026年3月1日         | 2026-03-01",
            "2026 年 3 月 1 日    | 2026-03-01",
            "20260301            | 2026-03-01",
            "２０２６－０３－０１  | 2026-03-01",
            "2026/12/31 00:00:00 | 2026-12-31",
            "2026-03-01T09:30    | 2026-03-01",
            "46082               | 2026-03-01",
            "46082.0             | 2026-03-01",
            "2024-02-29          | 2024-02-29"})
    void readsTheFormsSuppliersUse(String text, LocalDate expected) {
        assertThat(ImportDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026/3", "3/1/2026", "01.03.2026", "tomorrow",
            "2026030", "0", "46082.5", "2026-03-01x"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> ImportDates.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.kind()).isEqualTo(ProblemKind.INVALID_DATE));
    }
}
