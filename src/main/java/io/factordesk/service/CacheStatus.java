package io.factordesk.service;

import java.nio.file.Path;
import java.util.Map;

/** What the status bar and `factordesk info` report about the local cache. */
public record CacheStatus(Path cacheFile, String jdbcUrl, String schemaVersion, Map<String, Long> rowCounts) {

    public long count(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }
}
