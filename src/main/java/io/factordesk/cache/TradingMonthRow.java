package io.factordesk.cache;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One month of a supplier's sales to one debtor, about to be written in bulk. */
public record TradingMonthRow(long supplierId, long debtorId, LocalDate monthStart, BigDecimal sales,
                              BigDecimal returnsAmount, BigDecimal disputesAmount, int invoiceCount) {
}
