package io.factordesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A settings file shipped under resources/settings/ with an optional copy in the data folder on top.
 * Every accessor names the file and key when a value is missing or malformed.
 */
final class LayeredSettings {

    private final Properties values = new Properties();
    private String source;

    private LayeredSettings(String fileName, Path dataFolder) {
        String defaults = "/settings/" + fileName;
        source = defaults;
        try (InputStream in = LayeredSettings.class.getResourceAsStream(defaults)) {
            if (in == null) {
                throw new IllegalStateException("missing " + defaults + " on the classpath");
            }
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path override = dataFolder == null ? null : dataFolder.resolve(fileName);
        if (override != null && Files.isRegularFile(override)) {
            source = override.toString();
            try (Reader reader = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + override, e);
            }
        }
    }

    static LayeredSettings load(String fileName, Path dataFolder) {
        return new LayeredSettings(fileName, dataFolder);
    }

    String source() {
        return source;
    }

    int integer(String key) {
        String raw = required(key);
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(source + ": " + key + " must be a whole number, got '" + raw + "'", e);
        }
    }

    BigDecimal decimal(String key) {
        String raw = required(key);
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(source + ": " + key + " must be a decimal number, got '" + raw + "'", e);
        }
    }

    boolean flag(String key) {
        String raw = required(key).strip();
        if (!raw.equals("true") && !raw.equals("false")) {
            throw new SettingsException(source + ": " + key + " must be true or false, got '" + raw + "'", null);
        }
        return Boolean.parseBoolean(raw);
    }

    String text(String key) {
        return required(key).strip();
    }

    private String required(String key) {
        String raw = values.getProperty(key);
        if (raw == null || raw.isBlank()) {
            throw new SettingsException(source + ": " + key + " is missing", null);
        }
        return raw;
    }
}
