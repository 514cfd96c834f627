package io.factordesk.scoring;

import java.util.Locale;
import java.util.Objects;

/** A text from the model file in English and Chinese; {@code %s} placeholders take figures. */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public LocalizedText format(Object... args) {
        return new LocalizedText(String.format(Locale.ROOT, en, args), String.format(Locale.ROOT, zh, args));
    }
}
