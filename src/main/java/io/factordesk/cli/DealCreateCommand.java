package io.factordesk.cli;

import io.factordesk.domain.InvalidUsccException;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealPolicy;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.HandlingFee;
import io.factordesk.service.DealRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk deal create}: a draft deal from a supplier's eligible receivables. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Create a draft deal for a supplier from its eligible receivables.")
final class DealCreateCommand implements Callable<Integer> {

    private static final String ALL_ELIGIBLE = "all-eligible";

    @ParentCommand
    private DealCommand deal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--supplier", required = true, paramLabel = "USCC", description = "Supplier's USCC.")
    private String supplier;

    @Option(names = "--receivables", paramLabel = "all-eligible|ID,...", defaultValue = ALL_ELIGIBLE,
            description = "Every eligible receivable (default) or a comma-separated list of receivable ids.")
    private String receivables;

    @Option(names = "--advance-rate", paramLabel = "R", description = "Advance rate, e.g. 0.8 (default: policy).")
    private BigDecimal advanceRate;

    @Option(names = "--rate", paramLabel = "R", description = "Annual discount rate, e.g. 0.065 (default: policy).")
    private BigDecimal annualRate;

    @Option(names = "--funding-date", paramLabel = "D", description = "Funding date, YYYY-MM-DD (default: today).")
    private LocalDate fundingDate;

    @Option(names = "--fee", paramLabel = "AMOUNT", description = "Fixed handling fee in CNY for the deal.")
    private BigDecimal fixedFee;

    @Option(names = "--fee-rate", paramLabel = "R", description = "Handling fee as a share of the advance, e.g. 0.005.")
    private BigDecimal feeRate;

    @Option(names = "--non-recourse", description = "Non-recourse factoring (default: with recourse).")
    private boolean nonRecourse;

    @Option(names = "--undisclosed", description = "Undisclosed factoring (default: open, debtors notified).")
    private boolean undisclosed;

    @Option(names = "--as", paramLabel = "OFFICER", defaultValue = "${env:FACTORDESK_OFFICER:-demo.officer}",
            description = "Officer making the deal (default: $FACTORDESK_OFFICER, else demo.officer).")
    private String officer;

    @Option(names = "--json", description = "Print the deal as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        Uscc uscc = parseUscc();
        List<Long> ids = parseIds();
        if (fixedFee != null && feeRate != null) {
            throw new ParameterException(spec.commandLine(), "give either --fee or --fee-rate, not both");
        }
        try (Workspace workspace = deal.openWorkspace()) {
            DealPolicy policy = workspace.deals().policy();
            DealTerms terms = new DealTerms(fundingDate == null ? LocalDate.now() : fundingDate,
                    advanceRate == null ? policy.defaultAdvanceRate() : advanceRate,
                    annualRate == null ? policy.defaultAnnualRate() : annualRate, fee(), !nonRecourse, !undisclosed);
            Deal created = workspace.deals().create(new DealRequest(uscc, ids, terms), officer);
            return DealOutput.printed(spec, created, json);
        } catch (DealRuleException e) {
            return DealOutput.refused(spec, e);
        }
    }

    private HandlingFee fee() {
        if (fixedFee != null) {
            return HandlingFee.fixed(fixedFee);
        }
        return feeRate == null ? HandlingFee.NONE : HandlingFee.percent(feeRate);
    }

    private Uscc parseUscc() {
        try {
            return Uscc.of(supplier);
        } catch (InvalidUsccException e) {
            throw new ParameterException(spec.commandLine(), "--supplier: " + e.getMessage());
        }
    }

    private List<Long> parseIds() {
        if (ALL_ELIGIBLE.equals(receivables.strip())) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : receivables.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--receivables: '" + part.strip()
                        + "' is not a receivable id (use all-eligible or ids like 12,15)");
            }
        }
        return ids;
    }
}
