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
 * <p>"First frame" is taken as the second pulse after {@code stage.show()}: the first pulse lays
 * out and hands the scene to the render thread, and JavaFX does not start the next pulse before
 * that frame is drawn. The app's startup probe uses the same rule.
 */
public final class BareWindow extends Application {

    private int pulsesSinceShown;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("FactorDesk 保理工作台")), 1200, 800);
        scene.addPostLayoutPulseListener(this::onPulse);
        stage.setTitle("BareWindow");
        stage.setScene(scene);
        stage.show();
        Platform.requestNextPulse();
    }

    private void onPulse() {
        pulsesSinceShown++;
        if (pulsesSinceShown == 1) {
            Platform.requestNextPulse();
            return;
        }
        if (pulsesSinceShown == 2) {
            System.out.println("FIRST_FRAME " + System.currentTimeMillis());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        }
    }
}
