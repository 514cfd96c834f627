package io.factordesk.app;

import io.factordesk.service.DemoSpec;
import io.factordesk.ui.UiContext;
import io.factordesk.ui.receivables.ReviewDeskServices;
import io.factordesk.ui.common.FxDialogService;
import io.factordesk.ui.common.FxTaskExecutor;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.Theme;
import io.factordesk.ui.common.ViewWarmUp;
import io.factordesk.ui.common.UiPreferences;
import io.factordesk.ui.shell.MainWindow;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. Launched by {@link Main} with the named parameter {@code --data=DIR}
 * (absolute data folder); without it the default data folder is used.
 */
public final class FactorDeskApplication extends Application {

    public static final String DATA_PARAMETER = "data";
    public static final String STARTUP_PROBE_PROPERTY = "factordesk.startupProbe";
    static final String CJK_FONT = "/fonts/wqy-microhei.ttf";

    private static final Logger LOG = LoggerFactory.getLogger(FactorDeskApplication.class);

    private AppContext context;
    private TaskExecutor executor;
    private MainWindow window;

    /**
     * Runs on the launcher thread, so the FX thread never waits on the cache. Two cores work at once:
     * one opens the cache while this thread registers the CJK font and warms up the views' classes.
     */
    @Override
    public void init() {
        String data = getParameters().getNamed().get(DATA_PARAMETER);
        Path dataFolder = DataFolder.resolve(data == null ? null : Path.of(data));
        ExecutorService opener = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "factordesk-cache-open");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<AppContext> opening = CompletableFuture.supplyAsync(
                    () -> new AppContext(dataFolder, Clock.systemDefaultZone()), opener);
            registerCjkFont();
            UiPreferences preferences = UiPreferences.loadFrom(dataFolder);
            warmUpViews(preferences);
            context = opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            opener.shutdown();
        }
    }

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = UiPreferences.loadFrom(context.dataFolder());
        Messages messages = new Messages(Messages.supportedLocale(
                preferences.get(UiPreferences.LANGUAGE, Messages.CHINESE.toLanguageTag())));
        executor = new FxTaskExecutor(2);
        UiContext.DealServices dealServices = new UiContext.DealServices(context.deals(), context.contracts(),
                context.signIn(), file -> getHostServices().showDocument(file.toUri().toString()));
        UiContext ui = new UiContext(context.portfolio(), context.portfolioOverview(), context.demoPortfolio(),
                DemoSpec.standard(), dealServices, new ReviewDeskServices(context.reviewDesk(), context.receivableReview(),
                        context.eligibilityScan(), context.aging(), context.receivablesExport()),
                new UiContext.CreditServices(context::creditChecks, context.creditOverrides()), executor,
                new FxDialogService(() -> stage), messages, preferences,
                context.clock());
        window = new MainWindow(stage, ui);
        if (Boolean.getBoolean(STARTUP_PROBE_PROPERTY)) {
            reportFirstFrameWhenLoaded(stage, ui);
        }
        window.show();
    }

    /** Only a speed-up: whatever goes wrong here must not stop the desktop from starting. */
    private static void warmUpViews(UiPreferences preferences) {
        try {
            ViewWarmUp.run(Theme.named(preferences.get(UiPreferences.THEME, Theme.LIGHT.name())));
        } catch (RuntimeException e) {
            LOG.warn("View warm-up failed; the window will load its classes on first show", e);
        }
    }

    private static void registerCjkFont() {
        URL font = FactorDeskApplication.class.getResource(CJK_FONT);
        if (font == null) {
            LOG.warn("CJK font {} is not on the class path; Chinese text relies on system fonts", CJK_FONT);
        } else if (Font.loadFont(font.toExternalForm(), 13) == null) {
            LOG.warn("CJK font {} could not be loaded", CJK_FONT);
        }
    }

    /** The startup probe: one line once the first frame with the portfolio is on screen, then exit. */
    private void reportFirstFrameWhenLoaded(Stage stage, UiContext ui) {
        BooleanBinding loaded = Bindings.createBooleanBinding(
                () -> stage.isShowing() && ui.suppliers().loadedProperty().get()
                        && ui.overview().totalsProperty().get() != null,
                stage.showingProperty(), ui.suppliers().loadedProperty(), ui.overview().totalsProperty());
        loaded.addListener((obs, was, now) -> {
            if (now) {
                Scene scene = stage.getScene();
                Runnable afterLayout = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        // runLater lands after this pulse has rendered the frame.
                        Platform.runLater(() -> {
                            System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                            System.out.flush();
                            executor.close();
                            context.close();
                            Platform.exit();
                            System.exit(0);
                        });
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout);
                Platform.requestNextPulse();
            }
        });
        // Keep the binding reachable for as long as the stage is.
        stage.getProperties().put(STARTUP_PROBE_PROPERTY, loaded);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberLayout();
        }
        if (executor != null) {
            executor.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
