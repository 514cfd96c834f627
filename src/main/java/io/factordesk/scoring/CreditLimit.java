package io.factordesk.scoring;

import java.math.BigDecimal;

/** The recommended credit line and the formula with the numbers that produced it, in English and Chinese. */
public record CreditLimit(BigDecimal recommended, String currency, String formula, String formulaZh) {
}
