package io.factordesk.ui.receivables;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes whose items are never typed in. */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> showing(Function<T, String> toText, String whenEmpty) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? whenEmpty : toText.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * Dates as the rest of the desktop writes them (2026-06-30), whatever the JVM's locale; 2026/6/30 is
     * read too. Text that is no date leaves the picker empty rather than throwing on the FX thread.
     */
    static StringConverter<LocalDate> isoDates() {
        DateTimeFormatter slashes = DateTimeFormatter.ofPattern("yyyy/M/d");
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String typed = text.strip();
                try {
                    return typed.contains("/") ? LocalDate.parse(typed, slashes) : LocalDate.parse(typed);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
