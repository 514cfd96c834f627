package io.factordesk.domain.review;

import io.factordesk.domain.eligibility.EligibilityRule;
import java.time.LocalDate;
import java.util.List;

/** What the latest eligibility scan said about one receivable: eligible, or the rules it failed. */
public record ScanMark(LocalDate asOf, boolean eligible, List<EligibilityRule> failedRules) {

    public ScanMark {
        failedRules = List.copyOf(failedRules);
    }
}
