package io.factordesk.service;

import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.DealTerms;
import java.util.List;

/**
 * What an officer asks for: a supplier, its receivables (empty list: every receivable eligible on the
 * funding date) and the terms.
 */
public record DealRequest(Uscc supplier, List<Long> receivableIds, DealTerms terms) {

    public DealRequest {
        receivableIds = receivableIds == null ? List.of() : List.copyOf(receivableIds);
    }

    public boolean allEligible() {
        return receivableIds.isEmpty();
    }
}
