package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.service.DealService;
import picocli.CommandLine.Command;

/** {@code factordesk deal submit ID --as OFFICER}: the maker hands the deal to an approver. */
@Command(name = "submit", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Submit a draft or returned deal for approval (by its maker).")
final class DealSubmitCommand extends DealTransitionCommand {

    @Override
    Deal apply(DealService deals, long dealId, String officer) {
        return deals.submit(dealId, officer);
    }
}
