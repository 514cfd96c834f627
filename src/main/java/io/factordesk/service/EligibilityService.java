package io.factordesk.service;

import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.domain.eligibility.EligibilityOutcome;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.EligibilityScan;
import io.factordesk.domain.eligibility.EligibilitySettings;
import io.factordesk.domain.eligibility.ReceivableBook;
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
        EligibilityOutcome outcome = scan(asOf, supplierFilter, EligibilityFactsRepository.ReadProgress.NONE);
        Map<Long, EligibilityResult> results = new HashMap<>();
        for (int row = 0; row < outcome.rows(); row++) {
            if (outcome.evaluated(row)) {
                results.put(outcome.receivableId(row), outcome.result(row));
            }
        }
        return results;
    }

    /** Every rule over the receivables whose supplier the filter accepts, in receivable id order. */
    EligibilityOutcome scan(LocalDate asOf, LongPredicate supplierFilter,
                            EligibilityFactsRepository.ReadProgress progress) {
        EligibilityScan scan = new EligibilityScan(settings, asOf, facts.debtorProfiles(), facts.relatedPairs());
        ReceivableBook book = facts.receivableBook(progress);
        return scan.scan(book, supplierFilter);
    }
}
