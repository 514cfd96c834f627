package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.service.DealService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The shape every deal transition command shares: a deal id, the acting officer, a printed result. */
abstract class DealTransitionCommand implements Callable<Integer> {

    @ParentCommand
    private DealCommand deal;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Deal id.")
    private long dealId;

    @Option(names = "--as", required = true, paramLabel = "OFFICER", description = "Acting officer's login.")
    private String officer;

    @Option(names = "--json", description = "Print the deal as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Workspace workspace = deal.openWorkspace()) {
            return DealOutput.printed(spec, apply(workspace.deals(), dealId, officer), json);
        } catch (DealRuleException e) {
            return DealOutput.refused(spec, e);
        }
    }

    abstract Deal apply(DealService deals, long dealId, String officer);
}
