package io.factordesk.cli;

import io.factordesk.domain.deal.DealRuleException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk deal show ID}: a deal with its lines and totals. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Show a deal.")
final class DealShowCommand implements Callable<Integer> {

    @ParentCommand
    private DealCommand deal;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Deal id.")
    private long dealId;

    @Option(names = "--json", description = "Print the deal as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Workspace workspace = deal.openWorkspace()) {
            return DealOutput.printed(spec, workspace.deals().find(dealId), json);
        } catch (DealRuleException e) {
            return DealOutput.refused(spec, e);
        }
    }
}
