package io.factordesk.service;

import io.factordesk.domain.eligibility.EligibilityRule;
import java.util.Map;

/** What an eligibility scan found: receivables scanned, how many eligible, how many failed each rule. */
public record EligibilityScanCounts(long scanned, long eligible, Map<EligibilityRule, Long> ineligibleByRule) {

    public EligibilityScanCounts {
        ineligibleByRule = Map.copyOf(ineligibleByRule);
    }

    public long ineligible() {
        return scanned - eligible;
    }

    public long ineligible(EligibilityRule rule) {
        return ineligibleByRule.getOrDefault(rule, 0L);
    }
}
