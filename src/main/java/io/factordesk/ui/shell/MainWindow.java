package io.factordesk.ui.shell;

import io.factordesk.ui.UiContext;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.Theme;
import io.factordesk.ui.common.UiPreferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main stage: restores and remembers its size, position and layout, applies the theme, and
 * rebuilds its views in the new language when the language changes (the view models keep the state).
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final UiContext ui;
    private final Messages messages;
    private final UiPreferences preferences;
    private final MainViewModel viewModel;

    public MainWindow(Stage stage, UiContext ui) {
        this.stage = stage;
        this.ui = ui;
        this.messages = ui.messages();
        this.preferences = ui.preferences();
        this.viewModel = ui.main();
    }

    /** Shows the window with the remembered layout, then starts loading the portfolio. */
    public void show() {
        // Queries first: the cache warms up on the task threads while the FX thread builds the views.
        viewModel.start();
        viewModel.themeProperty().set(Theme.named(preferences.get(UiPreferences.THEME, Theme.LIGHT.name())));
        viewModel.screenProperty().set(io.factordesk.ui.shell.Screen.named(
                preferences.get(UiPreferences.SCREEN, io.factordesk.ui.shell.Screen.OVERVIEW.name())));
        Scene scene = new Scene(ui.load(UiContext.MAIN_VIEW),
                preferences.getDouble(UiPreferences.WINDOW_WIDTH, DEFAULT_WIDTH),
                preferences.getDouble(UiPreferences.WINDOW_HEIGHT, DEFAULT_HEIGHT));
        viewModel.themeProperty().get().applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        restorePosition();
        stage.setMaximized(preferences.getBoolean(UiPreferences.WINDOW_MAXIMIZED, false));

        viewModel.themeProperty().addListener((obs, old, theme) -> theme.applyTo(scene));
        messages.localeProperty().addListener((obs, old, locale) -> {
            scene.setRoot(ui.load(UiContext.MAIN_VIEW));
            viewModel.themeProperty().get().applyTo(scene);
            stage.setTitle(messages.get("app.title"));
        });
        stage.setOnCloseRequest(event -> rememberLayout());
        stage.show();
    }

    private void restorePosition() {
        double x = preferences.getDouble(UiPreferences.WINDOW_X, Double.NaN);
        double y = preferences.getDouble(UiPreferences.WINDOW_Y, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            stage.centerOnScreen();
            return;
        }
        // A window remembered on a monitor that is gone would open out of sight.
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(bounds -> bounds.intersects(new Rectangle2D(x, y, 100, 100)));
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
    }

    /** Writes size, position, screen, language and theme (dividers are recorded as they move). */
    public void rememberLayout() {
        preferences.putBoolean(UiPreferences.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            preferences.putDouble(UiPreferences.WINDOW_X, stage.getX());
            preferences.putDouble(UiPreferences.WINDOW_Y, stage.getY());
            preferences.putDouble(UiPreferences.WINDOW_WIDTH, stage.getWidth());
            preferences.putDouble(UiPreferences.WINDOW_HEIGHT, stage.getHeight());
        }
        preferences.put(UiPreferences.SCREEN, viewModel.screenProperty().get().name());
        preferences.put(UiPreferences.LANGUAGE, messages.locale().toLanguageTag());
        preferences.put(UiPreferences.THEME, viewModel.themeProperty().get().name());
        preferences.save();
    }
}
