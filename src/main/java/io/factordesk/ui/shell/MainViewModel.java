package io.factordesk.ui.shell;

import io.factordesk.service.CacheStatus;
import io.factordesk.service.DemoPortfolioService;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.PortfolioService;
import io.factordesk.service.ProgressListener;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import io.factordesk.ui.common.TaskProgress;
import io.factordesk.ui.common.Theme;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The shell: which screen is shown, theme and language, the status bar, and the first-start
 * rebuild of the demo portfolio when the cache is empty.
 */
public final class MainViewModel {

    private final PortfolioService portfolio;
    private final DemoPortfolioService demo;
    private final DemoSpec firstStartSpec;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final List<ReloadableViewModel> screens;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.OVERVIEW);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final StringProperty cacheFile = new SimpleStringProperty(this, "cacheFile", "");
    private final StringProperty schemaVersion = new SimpleStringProperty(this, "schemaVersion", "");
    private final LongProperty supplierCount = new SimpleLongProperty(this, "supplierCount");
    private final LongProperty debtorCount = new SimpleLongProperty(this, "debtorCount");
    private final LongProperty receivableCount = new SimpleLongProperty(this, "receivableCount");
    private final BooleanProperty statusLoaded = new SimpleBooleanProperty(this, "statusLoaded");
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online", false);
    private final BooleanProperty rebuilding = new SimpleBooleanProperty(this, "rebuilding");
    private final DoubleProperty rebuildProgress = new SimpleDoubleProperty(this, "rebuildProgress", -1);
    private final StringProperty rebuildMessage = new SimpleStringProperty(this, "rebuildMessage", "");
    private TaskHandle rebuild = TaskHandle.DONE;

    public MainViewModel(PortfolioService portfolio, DemoPortfolioService demo, DemoSpec firstStartSpec,
                         TaskExecutor executor, DialogService dialogs, Messages messages,
                         List<ReloadableViewModel> screens) {
        this.portfolio = portfolio;
        this.demo = demo;
        this.firstStartSpec = firstStartSpec;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.screens = List.copyOf(screens);
    }

    /** Reads the cache status; an empty cache gets the demo portfolio first, then the screens load. */
    public void start() {
        executor.execute(BackgroundTask.of(progress -> portfolio.status())
                .onSuccess(status -> {
                    showStatus(status);
                    if (status.count("supplier") == 0) {
                        rebuildDemoPortfolio();
                    } else {
                        screens.forEach(ReloadableViewModel::cacheOpened);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("error.cacheStatus"), failure)));
    }

    public void rebuildDemoPortfolio() {
        rebuilding.set(true);
        rebuildProgress.set(-1);
        rebuildMessage.set(messages.get("rebuild.starting"));
        rebuild = executor.execute(BackgroundTask.of(progress -> demo.rebuild(firstStartSpec, listenerFor(progress)))
                .onProgress((fraction, message) -> {
                    rebuildProgress.set(fraction);
                    rebuildMessage.set(messages.translate(message));
                })
                .onSuccess(rows -> finishRebuild())
                .onCancelled(() -> {
                    finishRebuild();
                    dialogs.notify(messages.get("rebuild.cancelledTitle"), messages.get("rebuild.cancelled"));
                })
                .onFailure(failure -> {
                    rebuilding.set(false);
                    dialogs.showError(messages.get("error.title"), messages.get("error.rebuild"), failure);
                }));
    }

    private static ProgressListener listenerFor(TaskProgress progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                progress.update(done, total, stage);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private void finishRebuild() {
        rebuilding.set(false);
        refreshStatus();
        reloadScreens();
    }

    public void cancelRebuild() {
        rebuild.cancel();
    }

    public void refreshStatus() {
        executor.execute(BackgroundTask.of(progress -> portfolio.status())
                .onSuccess(this::showStatus)
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("error.cacheStatus"), failure)));
    }

    private void reloadScreens() {
        screens.forEach(ReloadableViewModel::reload);
    }

    private void showStatus(CacheStatus status) {
        cacheFile.set(status.cacheFile() == null ? status.jdbcUrl() : status.cacheFile().toString());
        schemaVersion.set(status.schemaVersion());
        supplierCount.set(status.count("supplier"));
        debtorCount.set(status.count("debtor"));
        receivableCount.set(status.count("receivable"));
        statusLoaded.set(true);
    }

    public void switchLanguage(Locale locale) {
        if (!locale.equals(messages.locale())) {
            messages.setLocale(locale);
        }
    }

    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty cacheFileProperty() {
        return cacheFile;
    }

    public StringProperty schemaVersionProperty() {
        return schemaVersion;
    }

    public LongProperty supplierCountProperty() {
        return supplierCount;
    }

    public LongProperty debtorCountProperty() {
        return debtorCount;
    }

    public LongProperty receivableCountProperty() {
        return receivableCount;
    }

    public BooleanProperty statusLoadedProperty() {
        return statusLoaded;
    }

    /** Always false until a sync server can be configured: the app works from its local cache. */
    public BooleanProperty onlineProperty() {
        return online;
    }

    public BooleanProperty rebuildingProperty() {
        return rebuilding;
    }

    public DoubleProperty rebuildProgressProperty() {
        return rebuildProgress;
    }

    public StringProperty rebuildMessageProperty() {
        return rebuildMessage;
    }
}
