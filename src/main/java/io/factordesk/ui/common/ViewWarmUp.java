package io.factordesk.ui.common;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/**
 * Loads the control, skin and stylesheet classes the main window needs, on a thread other than the FX
 * thread, while the cache opens on a third. A scene that is never shown may be built on any thread;
 * the parsed stylesheets stay in JavaFX's style cache for the real window.
 */
public final class ViewWarmUp {

    private ViewWarmUp() {
    }

    public static void run(Theme theme) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("warm-up"));
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        VBox root = new VBox(new Label("warm-up"), new Button("warm-up"), new ToggleButton("warm-up"),
                new TextField(), new ComboBox<String>(), new ProgressBar(), new ProgressIndicator(),
                new SplitPane(new ScrollPane(new Group()), table), new Pagination(2), chart);
        Scene scene = new Scene(root, 800, 600);
        theme.applyTo(scene);
        root.applyCss();
        root.layout();
    }
}
