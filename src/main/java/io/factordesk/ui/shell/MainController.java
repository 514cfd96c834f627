package io.factordesk.ui.shell;

import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.Theme;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the main window to its view model: navigation, language and theme, overlay, status bar. */
public final class MainController {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Function<Screen, Parent> screenLoader;
    private final Map<Screen, Parent> loadedScreens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navigationButtons = new EnumMap<>(Screen.class);
    // Held in a field so the view model's weak reference lives exactly as long as this view.
    private final ChangeListener<Screen> screenListener = (obs, old, screen) -> show(screen);

    @FXML private ToggleGroup navigationGroup;
    @FXML private ToggleGroup languageGroup;
    @FXML private ToggleButton navOverview;
    @FXML private ToggleButton navSuppliers;
    @FXML private ToggleButton navReceivables;
    @FXML private ToggleButton navCredit;
    @FXML private ToggleButton navDeals;
    @FXML private ToggleButton navSiteVisits;
    @FXML private ToggleButton languageChinese;
    @FXML private ToggleButton languageEnglish;
    @FXML private Button themeToggle;
    @FXML private StackPane content;
    @FXML private VBox rebuildOverlay;
    @FXML private ProgressBar rebuildProgress;
    @FXML private Label rebuildMessage;
    @FXML private Label cacheFileLabel;
    @FXML private Label schemaLabel;
    @FXML private Label countsLabel;
    @FXML private Label connectivityLabel;

    public MainController(MainViewModel viewModel, Messages messages, Function<Screen, Parent> screenLoader) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screenLoader = screenLoader;
    }

    @FXML
    private void initialize() {
        navigationButtons.put(Screen.OVERVIEW, navOverview);
        navigationButtons.put(Screen.SUPPLIERS, navSuppliers);
        navigationButtons.put(Screen.RECEIVABLES, navReceivables);
        navigationButtons.put(Screen.CREDIT, navCredit);
        navigationButtons.put(Screen.DEALS, navDeals);
        navigationButtons.put(Screen.SITE_VISITS, navSiteVisits);
        navigationButtons.forEach((screen, button) -> button.setUserData(screen));
        navigationGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A second click on the current screen must not leave the navigation empty.
                navigationGroup.selectToggle(old);
            } else {
                viewModel.screenProperty().set((Screen) now.getUserData());
            }
        });
        viewModel.screenProperty().addListener(new WeakChangeListener<>(screenListener));
        show(viewModel.screenProperty().get());

        keepSelected(languageGroup);
        languageGroup.selectToggle(messages.isEnglish() ? languageEnglish : languageChinese);
        themeToggle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(viewModel.themeProperty().get() == Theme.DARK ? "theme.light" : "theme.dark"),
                viewModel.themeProperty()));

        rebuildOverlay.visibleProperty().bind(viewModel.rebuildingProperty());
        rebuildProgress.progressProperty().bind(viewModel.rebuildProgressProperty());
        rebuildMessage.textProperty().bind(viewModel.rebuildMessageProperty());
        bindStatusBar();
    }

    private void bindStatusBar() {
        cacheFileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.cache", viewModel.cacheFileProperty().get()),
                viewModel.cacheFileProperty()));
        Tooltip cacheTooltip = new Tooltip();
        cacheTooltip.textProperty().bind(viewModel.cacheFileProperty());
        cacheFileLabel.setTooltip(cacheTooltip);
        schemaLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.schema", viewModel.schemaVersionProperty().get()),
                viewModel.schemaVersionProperty()));
        countsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.counts", messages.count(viewModel.supplierCountProperty().get()),
                        messages.count(viewModel.debtorCountProperty().get()),
                        messages.count(viewModel.receivableCountProperty().get())),
                viewModel.supplierCountProperty(), viewModel.debtorCountProperty(),
                viewModel.receivableCountProperty()));
        countsLabel.visibleProperty().bind(viewModel.statusLoadedProperty());
        connectivityLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(viewModel.onlineProperty().get() ? "status.online" : "status.offline"),
                viewModel.onlineProperty()));
        connectivityLabel.setTooltip(new Tooltip(messages.get("status.offlineTooltip")));
    }

    private static void keepSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
    }

    private void show(Screen screen) {
        Parent view = loadedScreens.computeIfAbsent(screen, screenLoader);
        content.getChildren().setAll(view);
        Toggle button = navigationButtons.get(screen);
        if (navigationGroup.getSelectedToggle() != button) {
            navigationGroup.selectToggle(button);
        }
    }

    @FXML
    private void switchToChinese() {
        viewModel.switchLanguage(Messages.CHINESE);
    }

    @FXML
    private void switchToEnglish() {
        viewModel.switchLanguage(Messages.ENGLISH);
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    @FXML
    private void cancelRebuild() {
        viewModel.cancelRebuild();
    }
}
