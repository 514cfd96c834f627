package io.factordesk.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one accessor for user-facing text: the current language's bundle, plus number and date
 * formats that match it. Switching the language swaps the bundle; the shell then rebuilds its views.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private ResourceBundle bundle;

    public Messages(Locale initial) {
        setLocale(initial);
    }

    /** Chinese unless the tag names English; unknown tags fall back to Chinese, the first language. */
    public static Locale supportedLocale(String languageTag) {
        if (languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return CHINESE;
    }

    public void setLocale(Locale newLocale) {
        Locale chosen = SUPPORTED.contains(newLocale) ? newLocale : CHINESE;
        // Without the no-fallback control an English request would get the JVM default locale's bundle.
        bundle = ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getClassLoader(), NO_FALLBACK);
        locale.set(chosen);
    }

    public Locale locale() {
        return locale.get();
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public boolean isEnglish() {
        return ENGLISH.equals(locale.get());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** For keys that arrive from services (progress stages); unknown keys are shown as they are. */
    public String translate(String keyOrText) {
        if (keyOrText == null) {
            return "";
        }
        try {
            return bundle.getString(keyOrText);
        } catch (MissingResourceException unknown) {
            return keyOrText;
        }
    }

    /** An amount in yuan with thousands separators and two decimals: 1,234,567.80. */
    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String date(LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }
}
