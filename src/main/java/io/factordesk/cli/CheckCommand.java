package io.factordesk.cli;

import io.factordesk.domain.InvalidUsccException;
import io.factordesk.domain.Uscc;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.service.CreditCheckJson;
import io.factordesk.service.NoSuchSupplierException;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.RequestedTerms;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk check USCC | --all}: credit checks, stored with their model and audited. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Run a credit check of one supplier, or of every supplier with --all.", sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "USCC", description = "The supplier's USCC.")
    private String supplier;

    @Option(names = "--all", description = "Check every supplier in the cache.")
    private boolean all;

    @Option(names = "--json", description = "Print JSON (an array with --all).")
    private boolean json;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Check as of this date, YYYY-MM-DD (default: today).")
    private String asOf;

    @Option(names = "--amount", paramLabel = "CNY", description = "Requested amount (default: eligible open receivables x policy advance rate).")
    private String amount;

    @Option(names = "--tenor", paramLabel = "DAYS", description = "Requested tenor in days (default: weighted days to due).")
    private Integer tenor;

    @Option(names = "--advance-rate", paramLabel = "RATE", description = "Requested advance rate, e.g. 0.8 (default: deal policy).")
    private String advanceRate;

    @Option(names = "--as", paramLabel = "OFFICER", defaultValue = "${env:FACTORDESK_OFFICER:-demo.officer}",
            description = "Officer running the check (default: $FACTORDESK_OFFICER, else demo.officer).")
    private String officer;

    @Override
    public Integer call() {
        if (all == (supplier != null)) {
            throw new ParameterException(spec.commandLine(), "give either a supplier USCC or --all");
        }
        if (all && (amount != null || tenor != null || advanceRate != null)) {
            throw new ParameterException(spec.commandLine(), "--amount, --tenor and --advance-rate apply to one supplier");
        }
        LocalDate day = parseDate();
        PrintWriter out = spec.commandLine().getOut();
        if (all) {
            try (Workspace workspace = root.openWorkspace()) {
                List<CreditCheckResult> results = workspace.creditChecks().checkAll(day, officer, ProgressListener.NONE);
                if (json) {
                    out.println(CreditCheckJson.write(results.stream().map(CreditCheckJson::fields).toList()));
                } else {
                    results.forEach(r -> CheckSummary.print(out, r));
                }
            }
        } else {
            Uscc uscc = parseUscc();
            RequestedTerms terms = new RequestedTerms(decimal("--amount", amount), tenor, decimal("--advance-rate", advanceRate));
            try (Workspace workspace = root.openWorkspace()) {
                CreditCheckResult result = workspace.creditChecks().check(uscc, day, officer, terms);
                if (json) {
                    out.println(CreditCheckJson.write(CreditCheckJson.fields(result)));
                } else {
                    CheckSummary.print(out, result);
                }
            } catch (NoSuchSupplierException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "invalid request: " + e.getMessage());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Uscc parseUscc() {
        try {
            return Uscc.of(supplier);
        } catch (InvalidUsccException e) {
            throw new ParameterException(spec.commandLine(), "USCC: " + e.getMessage());
        }
    }

    private BigDecimal decimal(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + value + "' is not a decimal number");
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
