package io.factordesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Window size and layout, screen, language and theme, kept in the data folder (ui.properties) so
 * that each data folder, and each test's temp folder, has its own; never the user's registry or home.
 */
public final class UiPreferences {

    public static final String FILE_NAME = "ui.properties";

    public static final String WINDOW_X = "window.x";
    public static final String WINDOW_Y = "window.y";
    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    public static final String WINDOW_MAXIMIZED = "window.maximized";
    public static final String SCREEN = "screen";
    public static final String LANGUAGE = "language";
    public static final String THEME = "theme";
    public static final String DIVIDER_PREFIX = "divider.";
    /** Followed by a table's name: the fx:ids of the columns the officer hid, comma-separated. */
    public static final String HIDDEN_COLUMNS_PREFIX = "hiddenColumns.";

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);

    private final Path file;
    private final Properties values = new Properties();

    private UiPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file if it exists; a damaged file is logged and ignored, the defaults apply. */
    public static UiPreferences loadFrom(Path dataFolder) {
        UiPreferences preferences = new UiPreferences(dataFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(preferences.file)) {
            try (Reader reader = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable UI preferences {}", preferences.file, e);
            }
        }
        return preferences;
    }

    public Path file() {
        return file;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        String value = values.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void putDouble(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public void putBoolean(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** Writes via a temporary file so a crash mid-write never leaves half a file. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "FactorDesk window layout");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save UI preferences to " + file, e);
        }
    }
}
