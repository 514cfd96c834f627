package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.service.DealService;
import picocli.CommandLine.Command;

/** {@code factordesk deal approve ID --as OFFICER}: four-eyes approval within the approver's limit. */
@Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Approve a submitted deal (another officer, within the authority limit).")
final class DealApproveCommand extends DealTransitionCommand {

    @Override
    Deal apply(DealService deals, long dealId, String officer) {
        return deals.approve(dealId, officer);
    }
}
