package io.factordesk.ui.common;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Light and dark: one structural stylesheet with colour variables, plus one stylesheet per theme
 * that sets the variables; the root also carries a {@code :dark} pseudo-class for theme-specific rules.
 */
public enum Theme {
    LIGHT("/io/factordesk/ui/theme-light.css"),
    DARK("/io/factordesk/ui/theme-dark.css");

    public static final String BASE_STYLESHEET = "/io/factordesk/ui/factordesk.css";
    public static final PseudoClass DARK_PSEUDO_CLASS = PseudoClass.getPseudoClass("dark");

    private final String variables;

    Theme(String variables) {
        this.variables = variables;
    }

    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Theme named(String name) {
        return "DARK".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(url(variables), url(BASE_STYLESHEET));
        scene.getRoot().pseudoClassStateChanged(DARK_PSEUDO_CLASS, this == DARK);
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }
}
