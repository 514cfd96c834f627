package io.factordesk.ui.receivables;

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
}
