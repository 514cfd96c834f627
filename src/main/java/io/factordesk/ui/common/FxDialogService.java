package io.factordesk.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        if (cause != null) {
            LOG.error("{}: {}", title, message, cause);
        }
        alert(Alert.AlertType.ERROR, title, message).show();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void notify(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).show();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        return alert;
    }
}
