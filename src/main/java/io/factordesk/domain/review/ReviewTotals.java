package io.factordesk.domain.review;

import java.math.BigDecimal;

/**
 * Totals of the filtered set. Eligible amounts are outstanding amounts (face less payments and credit
 * notes) of receivables the latest scan found eligible; advanceable applies the default advance rate to
 * them, rounded half-up to the fen.
 */
public record ReviewTotals(long count, BigDecimal faceAmount, long eligibleCount, BigDecimal eligibleAmount,
                           BigDecimal advanceRate, BigDecimal advanceable) {
}
