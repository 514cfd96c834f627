package io.factordesk.service;

import io.factordesk.cache.ExposureRepository;
import io.factordesk.domain.PortfolioTotals;
import java.time.Clock;
import java.time.LocalDate;

/** The figures of the portfolio overview screen, as of today by the application clock. */
public final class PortfolioOverviewService {

    private final ExposureRepository exposure;
    private final Clock clock;

    public PortfolioOverviewService(ExposureRepository exposure, Clock clock) {
        this.exposure = exposure;
        this.clock = clock;
    }

    public PortfolioTotals totals() {
        return exposure.totals(LocalDate.now(clock));
    }
}
