package io.factordesk.scoring;

import io.factordesk.domain.TradingMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one credit check reads, as of a date (the engine never looks at a clock). Trading
 * months are the supplier's trading_month rows; their debtorId matches {@link SupplierDebtor#debtorId()}.
 */
public record CreditCheckInput(SupplierProfile supplier, List<TradingMonth> trading,
                               List<ReceivableEligibility> receivables, List<SupplierDebtor> debtors,
                               HistoryWithUs history, FinancingRequest request, LocalDate asOf) {

    public CreditCheckInput {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asOf, "asOf");
        trading = List.copyOf(trading);
        receivables = List.copyOf(receivables);
        debtors = List.copyOf(debtors);
    }

    /** The same supplier with another request: the what-if of the credit screen (tenor, advance rate, amount). */
    public CreditCheckInput withRequest(FinancingRequest other) {
        return new CreditCheckInput(supplier, trading, receivables, debtors, history, other, asOf);
    }
}
