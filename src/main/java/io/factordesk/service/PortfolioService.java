package io.factordesk.service;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.CacheStatistics;
import io.factordesk.cache.ReceivableRepository;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.domain.ReceivablePage;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.domain.SupplierDetail;
import io.factordesk.domain.SupplierSummary;
import java.util.List;
import java.util.Optional;

/** Read-only views of the portfolio for the shell, the lists and the CLI. */
public final class PortfolioService {

    private final CacheDatabase cache;
    private final SupplierRepository suppliers;
    private final ReceivableRepository receivables;
    private final CacheStatistics statistics;

    public PortfolioService(CacheDatabase cache, SupplierRepository suppliers, ReceivableRepository receivables,
                            CacheStatistics statistics) {
        this.cache = cache;
        this.suppliers = suppliers;
        this.receivables = receivables;
        this.statistics = statistics;
    }

    public List<SupplierSummary> suppliers() {
        return suppliers.summaries();
    }

    public Optional<SupplierDetail> supplierDetail(long supplierId) {
        return suppliers.detail(supplierId);
    }

    public ReceivablePage receivables(ReceivableQuery query) {
        return receivables.page(query);
    }

    public CacheStatus status() {
        return new CacheStatus(cache.file(), cache.jdbcUrl(), cache.schemaVersion(), statistics.rowCounts());
    }
}
