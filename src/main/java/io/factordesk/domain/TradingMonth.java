package io.factordesk.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of trading between a supplier and one debtor. */
public record TradingMonth(long supplierId, long debtorId, YearMonth month, BigDecimal sales,
                           BigDecimal returns, BigDecimal disputes, int invoiceCount) {
}
