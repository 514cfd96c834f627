package io.factordesk.service;

import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.EligibilityScan;
import io.factordesk.domain.eligibility.EligibilitySettings;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/** Eligibility of the cached receivables as of a date, under the configured thresholds. */
public final class EligibilityService {

    private final EligibilityFactsRepository facts;
    private final EligibilitySettings settings;

    public EligibilityService(EligibilityFactsRepository facts, EligibilitySettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    public EligibilitySettings settings() {
        return settings;
    }

    /**
     * Scans the whole cache (duplicates, cross-aging and the financed book need all of it) and keeps the
     * results of the receivables whose supplier the filter accepts.
     */
    public Map<Long, EligibilityResult> evaluate(LocalDate asOf, LongPredicate supplierFilter) {
        EligibilityScan scan = new EligibilityScan(settings, asOf, facts.debtorProfiles(), facts.relatedPairs());
        facts.forEachReceivable(scan::observe);
        facts.forEachReceivable(r -> {
            if (supplierFilter.test(r.supplierId())) {
                scan.evaluate(r);
            }
        });
        Map<Long, EligibilityResult> results = new HashMap<>();
        scan.finish(result -> results.put(result.receivableId(), result));
        return results;
    }
}
