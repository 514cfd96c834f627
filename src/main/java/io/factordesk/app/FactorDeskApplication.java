package io.factordesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. Launched by {@link Main} with the named parameter {@code --data=DIR}
 * (absolute data folder); without it the default data folder is used.
 */
public final class FactorDeskApplication extends Application {

    @Override
    public void start(Stage stage) {
        throw new UnsupportedOperationException("desktop shell not implemented yet");
    }
}
