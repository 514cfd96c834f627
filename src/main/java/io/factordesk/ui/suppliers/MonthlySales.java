package io.factordesk.ui.suppliers;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One bar of the supplier's sales chart: a month's sales to all debtors. */
public record MonthlySales(YearMonth month, BigDecimal sales) {
}
