package io.factordesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The portfolio at a glance on one day: open receivables (open, verified, held or financed) and
 * those of them past their due date, with the amount still outstanding on the overdue ones.
 */
public record PortfolioTotals(LocalDate asOf, long suppliers, long debtors, long openReceivables,
                              BigDecimal openFaceAmount, long overdueReceivables, BigDecimal overdueAmount) {
}
