package io.factordesk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The message bundles for command output: English unless the officer asks for Chinese (--lang zh). */
final class CliMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, CliMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /** @param language en or zh (zh-CN, zh_CN); anything starting with zh is Chinese */
    static CliMessages forLanguage(String language) {
        boolean chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        return new CliMessages(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** The text of a key with its arguments; arguments are passed as text so numbers keep no grouping. */
    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
