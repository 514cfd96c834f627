package io.factordesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for {@link StartupBenchmark}: the least a JavaFX 21 application can do before its
 * first frame. Prints {@code FIRST_FRAME <epoch millis>} once, then exits 0.
 *
 * <p>Same rule as FactorDesk's startup probe (FactorDeskApplication): after the stage is showing,
 * the first post-layout pulse hands the frame to the renderer, and a {@code Platform.runLater}
 * queued from that pulse prints the line.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("FactorDesk 保理工作台")), 1200, 800);
        stage.setTitle("BareWindow");
        stage.setScene(scene);
        stage.show();
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(BareWindow::reportAndExit);
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        Platform.requestNextPulse();
    }

    private static void reportAndExit() {
        System.out.println("FIRST_FRAME " + System.currentTimeMillis());
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
