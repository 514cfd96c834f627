package io.factordesk.cli;

import io.factordesk.domain.InvalidUsccException;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import io.factordesk.service.NoSuchSupplierException;
import io.factordesk.service.ReceivableListingService.Filter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk receivables}: receivables with their eligibility as of a date and the reasons. */
@Command(name = "receivables", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "List receivables with their eligibility as of a date, and the rules they fail.",
        sortOptions = false)
final class ReceivablesCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--supplier", paramLabel = "USCC", description = "Only this supplier's receivables.")
    private String supplier;

    @Option(names = "--status", paramLabel = "S", description = "Only this status: OPEN, VERIFIED, HELD, REJECTED, FINANCED, PAID.")
    private String status;

    @Option(names = "--ineligible", description = "Only the receivables that fail at least one rule.")
    private boolean ineligible;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Eligibility as of this date, YYYY-MM-DD (default: today).")
    private String asOf;

    @Option(names = "--json", description = "Print a JSON array.")
    private boolean json;

    @Override
    public Integer call() {
        Filter filter = new Filter(parseSupplier(), parseStatus(), ineligible, parseDate());
        try (Workspace workspace = root.openWorkspace()) {
            ReceivablesOutput output = json ? ReceivablesOutput.json(spec.commandLine().getOut())
                    : ReceivablesOutput.table(spec.commandLine().getOut());
            workspace.receivables().forEach(filter, output::row);
            output.finish();
            return ExitCodes.OK;
        } catch (NoSuchSupplierException e) {
            throw new ParameterException(spec.commandLine(), "--supplier: " + e.getMessage());
        }
    }

    private Uscc parseSupplier() {
        try {
            return supplier == null ? null : Uscc.of(supplier);
        } catch (InvalidUsccException e) {
            throw new ParameterException(spec.commandLine(), "--supplier: " + e.getMessage());
        }
    }

    private ReceivableStatus parseStatus() {
        if (status == null) {
            return null;
        }
        try {
            return ReceivableStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--status: '" + status + "' is not a status (one of "
                    + Arrays.toString(ReceivableStatus.values()) + ")");
        }
    }

    private LocalDate parseDate() {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--as-of: '" + asOf + "' is not a date (YYYY-MM-DD)");
        }
    }
}
