package io.factordesk.domain.eligibility;

import java.util.List;

/** Every rule a receivable failed; eligible when there are none. */
public record EligibilityResult(long receivableId, List<RuleFailure> failures) {

    public EligibilityResult {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }

    public boolean failed(EligibilityRule rule) {
        return failures.stream().anyMatch(f -> f.rule() == rule);
    }
}
