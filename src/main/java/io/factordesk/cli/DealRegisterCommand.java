package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.service.DealService;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factordesk deal register ID --registry-no NO --registry-date D --as OFFICER}: the 中登网 filing. */
@Command(name = "register", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Record the deal's registration at the movable-property financing registry (中登网).")
final class DealRegisterCommand extends DealTransitionCommand {

    @Option(names = "--registry-no", required = true, paramLabel = "NO", description = "Registration number.")
    private String registryNo;

    @Option(names = "--registry-date", required = true, paramLabel = "D", description = "Registration date, YYYY-MM-DD.")
    private LocalDate registryDate;

    @Override
    Deal apply(DealService deals, long dealId, String officer) {
        return deals.register(dealId, registryNo, registryDate, officer);
    }
}
