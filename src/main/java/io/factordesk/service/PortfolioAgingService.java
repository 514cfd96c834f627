package io.factordesk.service;

import io.factordesk.cache.AgingRepository;
import io.factordesk.domain.AgingBucket;
import io.factordesk.domain.DebtorExposure;
import java.time.LocalDate;
import java.util.List;

/** The review desk's charts: aging buckets as of a chosen date, and concentration by debtor. */
public final class PortfolioAgingService {

    private final AgingRepository aging;

    public PortfolioAgingService(AgingRepository aging) {
        this.aging = aging;
    }

    public List<AgingBucket> aging(LocalDate asOf) {
        return aging.aging(asOf);
    }

    public List<DebtorExposure> concentration() {
        return aging.concentration();
    }
}
