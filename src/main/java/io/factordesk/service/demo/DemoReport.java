package io.factordesk.service.demo;

import java.time.LocalDate;
import java.util.Map;

/** What a demo rebuild wrote: rows per table, the as-of date it was anchored at, the planted trouble. */
public record DemoReport(LocalDate asOf, Map<String, Long> rowCounts, PlantedTrouble planted) {
}
