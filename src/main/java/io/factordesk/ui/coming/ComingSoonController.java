package io.factordesk.ui.coming;

import io.factordesk.ui.common.Messages;
import io.factordesk.ui.shell.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** A screen that is not built yet says what it will do, so the officer knows what to expect. */
public final class ComingSoonController {

    private final Screen screen;
    private final Messages messages;

    @FXML private Label titleLabel;
    @FXML private Label descriptionLabel;

    public ComingSoonController(Screen screen, Messages messages) {
        this.screen = screen;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(messages.get(screen.titleKey()));
        descriptionLabel.setText(messages.get(screen.comingKey()));
    }
}
