package io.factordesk.ui.deals;

import java.nio.file.Path;

/** Opens a file with the system's viewer; the app passes HostServices, tests record the call. */
@FunctionalInterface
public interface DocumentOpener {

    void open(Path file);
}
