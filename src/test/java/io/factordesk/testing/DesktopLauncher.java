package io.factordesk.testing;

import io.factordesk.app.FactorDeskApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real desktop application headless on a data folder (a temp folder prepared by the test) in
 * the given language, closes it again, and waits on what the officer would see.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** @param language as {@code ui.properties} spells it: {@code en} or {@code zh-CN} */
    public static Application launch(Path data, String language) throws Exception {
        Files.writeString(data.resolve("ui.properties"), "language=" + language + "\n");
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(FactorDeskApplication.class, "--data=" + data);
    }

    public static void close(Application application) throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    /** Waits up to 30 seconds for the condition, then for the FX events it caused. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
