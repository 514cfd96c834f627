package io.factordesk.cli;

import io.factordesk.service.ContractService;
import io.factordesk.service.DealService;
import io.factordesk.service.DemoPortfolioService;
import io.factordesk.service.PortfolioService;
import io.factordesk.service.ReceivableListingService;
import io.factordesk.service.ReceivablesImportService;

/**
 * The services of one opened data folder, as the commands need them; closing it closes the cache.
 * The composition root builds it, so the commands never construct services themselves.
 */
public record Workspace(PortfolioService portfolio, DemoPortfolioService demoPortfolio, DealService deals,
                        ReceivablesImportService imports, ReceivableListingService receivables,
                        ContractService contracts, Runnable closer)
        implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
