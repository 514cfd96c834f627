package io.factordesk.ui.credit;

import io.factordesk.scoring.Decision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many suppliers fall in each grade, split by the decision that stands, in the model's grade
 * order (best first); a grade the model does not list (an older model's) comes after them.
 */
public final class ScoreDistribution {

    /** One supplier as the chart counts it. */
    public record Entry(String grade, Decision decision) {
    }

    private final Map<String, int[]> counts;
    private final int total;

    private ScoreDistribution(Map<String, int[]> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    public static ScoreDistribution of(List<String> gradeOrder, List<Entry> entries) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        gradeOrder.forEach(grade -> counts.put(grade, new int[Decision.values().length]));
        for (Entry entry : entries) {
            counts.computeIfAbsent(entry.grade(), grade -> new int[Decision.values().length])
                    [entry.decision().ordinal()]++;
        }
        return new ScoreDistribution(counts, entries.size());
    }

    public List<String> grades() {
        return new ArrayList<>(counts.keySet());
    }

    public int count(String grade, Decision decision) {
        int[] byDecision = counts.get(grade);
        return byDecision == null ? 0 : byDecision[decision.ordinal()];
    }

    public int count(String grade) {
        int[] byDecision = counts.get(grade);
        int sum = 0;
        for (int n : byDecision == null ? new int[0] : byDecision) {
            sum += n;
        }
        return sum;
    }

    public int total() {
        return total;
    }
}
