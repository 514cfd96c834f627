package io.factordesk.service;

import java.math.BigDecimal;

/**
 * What the officer enters for the supplier's request; a null field takes the default of the credit
 * file: amount = eligible open receivables' face x policy advance rate, tenor = their face-weighted
 * days to due, advance rate = the deal policy's default.
 */
public record RequestedTerms(BigDecimal amount, Integer tenorDays, BigDecimal advanceRate) {

    public static final RequestedTerms DEFAULTS = new RequestedTerms(null, null, null);
}
