package io.factordesk.ui.receivables;

import io.factordesk.service.ReceivablesExportService.Format;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to write an export; the desktop shows a file chooser, tests answer with a temp file. */
@FunctionalInterface
public interface ExportTargetChooser {

    /** @return the file chosen, or empty when the officer cancelled */
    Optional<Path> choose(Format format, String suggestedName);
}
