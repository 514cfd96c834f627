package io.factordesk.domain.credit;

import io.factordesk.domain.TradingMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the cache holds on one supplier for a credit check as of a date: its registration, 24 months of
 * trading per debtor, open receivables with their eligibility, its debtors, and its record with us
 * (financed deals and the worst days past due on the receivables financed in them).
 */
public record CreditFile(CreditParty supplier, LocalDate asOf, List<TradingMonth> trading,
                         List<ReviewedReceivable> receivables, List<CreditFileDebtor> debtors,
                         int pastDeals, int maxDaysPastDue) {

    public CreditFile {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(asOf, "asOf");
        trading = List.copyOf(trading);
        receivables = List.copyOf(receivables);
        debtors = List.copyOf(debtors);
    }

    public long supplierId() {
        return supplier.partyId();
    }
}
