package io.factordesk.domain.deal;

import java.util.List;

/** Terms, priced lines and their totals. */
public record PricedDeal(DealTerms terms, List<DealLine> lines, DealTotals totals) {
}
