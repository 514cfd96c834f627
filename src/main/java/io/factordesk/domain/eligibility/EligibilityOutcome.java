package io.factordesk.domain.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a scan for every receivable of a {@link ReceivableBook}, row by row in the book's order:
 * which rules each failed, kept as one int per receivable; the text of a failure is written when asked.
 */
public final class EligibilityOutcome {

    /** The order in which the rules are checked, and so the order of a result's failures. */
    private static final EligibilityRule[] CHECK_ORDER = {
        EligibilityRule.NOT_OPEN, EligibilityRule.FUTURE_DATED, EligibilityRule.DUE_BEFORE_ISSUE,
        EligibilityRule.PAST_DUE, EligibilityRule.TOO_OLD, EligibilityRule.TENOR_TOO_LONG, EligibilityRule.DISPUTED,
        EligibilityRule.DILUTED, EligibilityRule.DEBTOR_NOT_APPROVED, EligibilityRule.DEBTOR_OVER_LIMIT,
        EligibilityRule.CROSS_AGING, EligibilityRule.DUPLICATE_INVOICE, EligibilityRule.DOUBLE_FINANCING,
        EligibilityRule.RELATED_PARTY, EligibilityRule.CONCENTRATION, EligibilityRule.REGULATORY_CONCENTRATION,
    };

    private final ReceivableBook book;
    private final boolean[] evaluated;
    private final int[] failed;
    private final DuplicateGroups duplicates;
    private final FailureDetails details;
    private final Map<Integer, List<EligibilityRule>> rulesByMask = new HashMap<>();
    private final Map<Integer, String> namesByMask = new HashMap<>();

    EligibilityOutcome(ReceivableBook book, boolean[] evaluated, int[] failed, DuplicateGroups duplicates,
                       FailureDetails details) {
        this.book = book;
        this.evaluated = evaluated;
        this.failed = failed;
        this.duplicates = duplicates;
        this.details = details;
    }

    /** Rows of the book, evaluated or not. */
    public int rows() {
        return book.size();
    }

    /** Whether the scan evaluated this row (its supplier passed the filter). */
    public boolean evaluated(int row) {
        return evaluated[row];
    }

    public long receivableId(int row) {
        return book.id(row);
    }

    public boolean eligible(int row) {
        return failed[row] == 0;
    }

    /** The rules failed, each once, in the order they are checked. */
    public List<EligibilityRule> failedRules(int row) {
        return rulesByMask.computeIfAbsent(failed[row], mask -> {
            List<EligibilityRule> rules = new ArrayList<>(Integer.bitCount(mask));
            for (EligibilityRule rule : CHECK_ORDER) {
                if ((mask & EligibilityScan.bit(rule)) != 0) {
                    rules.add(rule);
                }
            }
            return List.copyOf(rules);
        });
    }

    /** The names of the failed rules, comma-separated, or "" when eligible. */
    public String ruleNames(int row) {
        return namesByMask.computeIfAbsent(failed[row], mask -> String.join(",",
                failedRules(row).stream().map(EligibilityRule::name).toList()));
    }

    /** The detail of every failure, one line each, or "" when eligible. */
    public String details(int row) {
        if (failed[row] == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(96);
        for (EligibilityRule rule : failedRules(row)) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(details.text(rule, row, duplicates));
        }
        return text.toString();
    }

    public EligibilityResult result(int row) {
        List<EligibilityRule> rules = failedRules(row);
        List<RuleFailure> failures = new ArrayList<>(rules.size());
        for (EligibilityRule rule : rules) {
            failures.add(new RuleFailure(rule, details.text(rule, row, duplicates)));
        }
        return new EligibilityResult(book.id(row), failures);
    }
}
