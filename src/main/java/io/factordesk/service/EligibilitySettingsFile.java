package io.factordesk.service;

import io.factordesk.domain.eligibility.EligibilitySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads the eligibility thresholds: the shipped defaults, then the data folder's
 * eligibility.properties on top. A bad value names the file, key and reason.
 */
public final class EligibilitySettingsFile {

    public static final String FILE_NAME = "eligibility.properties";
    private static final String DEFAULTS = "/settings/" + FILE_NAME;

    private EligibilitySettingsFile() {
    }

    public static EligibilitySettings load(Path dataFolder) {
        Properties values = new Properties();
        try (InputStream in = EligibilitySettingsFile.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULTS + " on the classpath");
            }
            values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = DEFAULTS;
        Path override = dataFolder == null ? null : dataFolder.resolve(FILE_NAME);
        if (override != null && Files.isRegularFile(override)) {
            source = override.toString();
            try (Reader reader = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + override, e);
            }
        }
        return parse(values, source);
    }

    static EligibilitySettings parse(Properties values, String source) {
        try {
            return new EligibilitySettings(
                    integer(values, "past-due.grace-days", source),
                    integer(values, "max-age.days", source),
                    integer(values, "max-tenor.days", source),
                    decimal(values, "dilution.max-share", source),
                    integer(values, "cross-aging.days", source),
                    decimal(values, "cross-aging.share", source),
                    decimal(values, "concentration.max-share", source),
                    decimal(values, "regulatory.max-share", source),
                    Boolean.parseBoolean(required(values, "concentration.exempt-core-enterprise", source)));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(source + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Properties values, String key, String source) {
        String raw = required(values, key, source);
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(source + ": " + key + " must be a whole number, got '" + raw + "'", e);
        }
    }

    private static BigDecimal decimal(Properties values, String key, String source) {
        String raw = required(values, key, source);
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(source + ": " + key + " must be a decimal number, got '" + raw + "'", e);
        }
    }

    private static String required(Properties values, String key, String source) {
        String raw = values.getProperty(key);
        if (raw == null || raw.isBlank()) {
            throw new SettingsException(source + ": " + key + " is missing", null);
        }
        return raw;
    }

    /** A settings file the application cannot use, with the file, key and reason. */
    public static final class SettingsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SettingsException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
