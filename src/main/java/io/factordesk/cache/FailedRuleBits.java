package io.factordesk.cache;

import io.factordesk.domain.eligibility.EligibilityRule;
import java.util.ArrayList;
import java.util.List;

/**
 * receivable_eligibility.failed_rules: bit 2^k for the rule of ordinal k, as V5 lists them. The bits are
 * stored, so a new rule goes at the end of {@link EligibilityRule}; FailedRuleBitsTest pins the order.
 */
final class FailedRuleBits {

    private FailedRuleBits() {
    }

    static int of(EligibilityRule rule) {
        return 1 << rule.ordinal();
    }

    static int of(List<EligibilityRule> rules) {
        int mask = 0;
        for (EligibilityRule rule : rules) {
            mask |= of(rule);
        }
        return mask;
    }

    /** The masks among {@code present} that contain the rule's bit. */
    static List<Integer> containing(EligibilityRule rule, List<Integer> present) {
        List<Integer> masks = new ArrayList<>();
        for (int mask : present) {
            if ((mask & of(rule)) != 0) {
                masks.add(mask);
            }
        }
        return masks;
    }
}
