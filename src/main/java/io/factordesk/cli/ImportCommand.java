package io.factordesk.cli;

import io.factordesk.domain.InvalidUsccException;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.service.ImportRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk import FILE}: receivables from a supplier's CSV or XLSX file, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Import receivables from a CSV (UTF-8 or GBK) or XLSX file.",
                "Nothing is written unless every row is valid; problems are listed as 'row N, column X: reason'."},
        sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The receivables file (.csv or .xlsx).")
    private Path file;

    @Option(names = "--supplier", paramLabel = "USCC",
            description = "The supplier the file belongs to (when the file has no supplier USCC column, or to check it).")
    private String supplier;

    @Option(names = "--encoding", paramLabel = "auto|UTF-8|GBK|GB18030", defaultValue = "auto",
            description = "Character set of a CSV file (default: detected).")
    private String encoding;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping, properties or JSON: their header = our field (remembered for the supplier).")
    private Path mapping;

    @Option(names = "--valid-rows-only", description = "Import the valid rows and skip the others (recorded in the audit log).")
    private boolean validRowsOnly;

    @Option(names = "--create-parties", description = "Create the suppliers and debtors the cache does not know yet.")
    private boolean createParties;

    @Option(names = "--as", paramLabel = "OFFICER", defaultValue = "${env:FACTORDESK_OFFICER:-demo.officer}",
            description = "Officer importing (default: $FACTORDESK_OFFICER, else demo.officer).")
    private String officer;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Language of the report.")
    private String language;

    @Override
    public Integer call() throws IOException {
        Uscc supplierUscc = parseSupplier();
        requireFile(file, "FILE");
        if (mapping != null) {
            requireFile(mapping, "--mapping");
        }
        CliMessages messages = CliMessages.forLanguage(language);
        ImportRequest request = new ImportRequest(file, encoding, supplierUscc, mapping, validRowsOnly, createParties,
                officer);
        ImportReport report;
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        try (Workspace workspace = root.openWorkspace()) {
            report = workspace.imports().importFile(request, progress);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            progress.end();
        }
        return ImportReportText.print(spec, messages, report, file);
    }

    private Uscc parseSupplier() {
        if (supplier == null) {
            return null;
        }
        try {
            return Uscc.of(supplier);
        } catch (InvalidUsccException e) {
            throw new ParameterException(spec.commandLine(), "--supplier: " + e.getMessage());
        }
    }

    private void requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new ParameterException(spec.commandLine(), what + ": no such file " + path);
        }
    }
}
