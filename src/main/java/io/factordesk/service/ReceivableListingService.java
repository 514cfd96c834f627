package io.factordesk.service;

import io.factordesk.cache.ReceivableRepository;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivablePage;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.eligibility.EligibilityResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Receivables with their eligibility as of a date, filtered as the officer asks, in id order. */
public final class ReceivableListingService {

    private static final int PAGE = 10_000;

    /**
     * Which receivables: supplier and status null for all; ineligibleOnly keeps those that failed a rule;
     * asOf null for today.
     */
    public record Filter(Uscc supplier, ReceivableStatus status, boolean ineligibleOnly, LocalDate asOf) {
    }

    private final ReceivableRepository receivables;
    private final SupplierRepository suppliers;
    private final EligibilityService eligibility;
    private final Clock clock;

    public ReceivableListingService(ReceivableRepository receivables, SupplierRepository suppliers,
                                    EligibilityService eligibility, Clock clock) {
        this.receivables = receivables;
        this.suppliers = suppliers;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** @throws NoSuchSupplierException when no supplier has the USCC */
    public List<ReceivableStanding> list(Filter filter) {
        List<ReceivableStanding> listed = new ArrayList<>();
        forEach(filter, listed::add);
        return listed;
    }

    /** Hands each listed receivable over page by page, so the caller can print while it reads. */
    public void forEach(Filter filter, Consumer<ReceivableStanding> consumer) {
        Long supplierId = filter.supplier() == null ? null : suppliers.idOf(filter.supplier())
                .orElseThrow(() -> new NoSuchSupplierException(filter.supplier()));
        LocalDate asOf = filter.asOf() == null ? LocalDate.now(clock) : filter.asOf();
        Map<Long, EligibilityResult> results = eligibility.evaluate(asOf,
                id -> supplierId == null || id == supplierId);
        ReceivableQuery query = new ReceivableQuery(supplierId, null, filter.status(),
                ReceivableQuery.SortColumn.ID, false, 0, PAGE);
        int offset = 0;
        ReceivablePage page;
        do {
            page = receivables.page(query.at(offset));
            for (Receivable receivable : page.rows()) {
                EligibilityResult result = results.get(receivable.id());
                if (result == null) {
                    throw new IllegalStateException("no eligibility result for receivable " + receivable.id());
                }
                if (!filter.ineligibleOnly() || !result.eligible()) {
                    consumer.accept(new ReceivableStanding(receivable, result));
                }
            }
            offset += page.rows().size();
        } while (page.rows().size() == PAGE);
    }
}
