package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.service.DealService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factordesk deal return ID --as OFFICER --reason TEXT}: back to the maker with a reason. */
@Command(name = "return", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Return a submitted deal to its maker with a reason.")
final class DealReturnCommand extends DealTransitionCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "What the maker must change.")
    private String reason;

    @Override
    Deal apply(DealService deals, long dealId, String officer) {
        return deals.returnToMaker(dealId, officer, reason);
    }
}
