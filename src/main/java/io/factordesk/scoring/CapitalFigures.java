package io.factordesk.scoring;

import java.math.BigDecimal;

/**
 * The Basel IRB figures behind the capital charge: rates and ratios at scale 8, rwa and ead
 * (exposure at default, the advance) in the currency at scale 2.
 */
public record CapitalFigures(BigDecimal pd, BigDecimal lgd, BigDecimal maturityYears, BigDecimal salesEurMillions,
                             BigDecimal correlation, BigDecimal k, BigDecimal rwa, BigDecimal ead) {
}
