package io.factordesk.scoring;

import java.math.BigDecimal;

/** The risk-based annual rate, the advance rate, and how the rate was built. */
public record Pricing(BigDecimal annualRate, BigDecimal advanceRate, PriceComponents components,
                     CapitalFigures capital) {
}
