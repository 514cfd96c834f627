package io.factordesk.cli;

import java.nio.file.Path;

/** Opens the desktop window on a data folder and returns when it is closed. */
@FunctionalInterface
public interface DesktopLauncher {

    void open(Path dataFolder);
}
