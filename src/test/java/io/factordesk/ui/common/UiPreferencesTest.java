package io.factordesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void layoutSurvivesARestartInTheSameDataFolder() {
        UiPreferences first = UiPreferences.loadFrom(folder);
        first.putDouble(UiPreferences.WINDOW_WIDTH, 1333.5);
        first.putBoolean(UiPreferences.WINDOW_MAXIMIZED, true);
        first.put(UiPreferences.LANGUAGE, "en");
        first.putDouble(UiPreferences.DIVIDER_PREFIX + "suppliers", 0.7);
        first.save();

        UiPreferences second = UiPreferences.loadFrom(folder);

        assertThat(second.file()).isEqualTo(folder.resolve("ui.properties")).exists();
        assertThat(second.getDouble(UiPreferences.WINDOW_WIDTH, 0)).isEqualTo(1333.5);
        assertThat(second.getBoolean(UiPreferences.WINDOW_MAXIMIZED, false)).isTrue();
        assertThat(second.get(UiPreferences.LANGUAGE, "zh-CN")).isEqualTo("en");
        assertThat(second.getDouble(UiPreferences.DIVIDER_PREFIX + "suppliers", 0.5)).isEqualTo(0.7);
        assertThat(second.getDouble(UiPreferences.WINDOW_HEIGHT, 800)).isEqualTo(800);
    }

    @Test
    void aDamagedValueFallsBackToTheDefault() throws Exception {
        Files.writeString(folder.resolve(UiPreferences.FILE_NAME), "window.width=wide\n");

        assertThat(UiPreferences.loadFrom(folder).getDouble(UiPreferences.WINDOW_WIDTH, 1280)).isEqualTo(1280);
    }
}
