package io.factordesk.service;

import io.factordesk.cache.CacheDatabase;

/** Rebuilds the deterministic demo portfolio in the cache (replacing what is there). */
public final class DemoPortfolioService {

    private final CacheDatabase cache;

    public DemoPortfolioService(CacheDatabase cache) {
        this.cache = cache;
    }

    /** Replaces the cache content with the portfolio for this spec; returns the rows written per table. */
    public java.util.Map<String, Long> rebuild(DemoSpec spec, ProgressListener progress) {
        throw new UnsupportedOperationException("demo generator not implemented yet: " + cache.jdbcUrl() + spec);
    }
}
