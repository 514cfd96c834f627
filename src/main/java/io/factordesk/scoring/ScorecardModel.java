package io.factordesk.scoring;

import java.util.List;
import java.util.Map;

/**
 * A validated, immutable scorecard model as loaded from its file, with the SHA-256 of the exact
 * bytes loaded so every result can name the model that produced it.
 */
public record ScorecardModel(String modelId, String modelVersion, String sha256, Scaling scaling,
                             List<Characteristic> characteristics, GradeScale grades, CutOffs cutOffs,
                             Policy policy, Map<String, LocalizedText> texts) {

    public ScorecardModel {
        characteristics = List.copyOf(characteristics);
        texts = Map.copyOf(texts);
        if (characteristics.isEmpty()) {
            throw new ModelValidationException("characteristics: none defined");
        }
        java.util.Set<Measure> seen = java.util.EnumSet.noneOf(Measure.class);
        for (Characteristic characteristic : characteristics) {
            if (!seen.add(characteristic.measure())) {
                throw new ModelValidationException("characteristic " + characteristic.measure() + ": defined twice");
            }
        }
        int minScore = characteristics.stream().mapToInt(Characteristic::minPoints).sum();
        int maxScore = characteristics.stream().mapToInt(Characteristic::maxPoints).sum();
        if (cutOffs.referMinScore() < minScore || cutOffs.approveMinScore() > maxScore) {
            throw new ModelValidationException("cutoffs: refer at " + cutOffs.referMinScore() + " and approve at "
                + cutOffs.approveMinScore() + " must lie within the reachable scores " + minScore + ".." + maxScore);
        }
        for (KnockOutRule rule : KnockOutRule.values()) {
            requireText(texts, "knockout." + rule.name());
        }
        for (FraudSignalType type : FraudSignalType.values()) {
            requireText(texts, "signal." + type.name());
        }
        for (String key : java.util.stream.Stream.of(FraudScreen.DETAIL_TEXTS, CreditLineCalculator.TEXTS,
                DecisionNotes.TEXTS).flatMap(List::stream).toList()) {
            requireText(texts, key);
        }
    }

    private static void requireText(Map<String, LocalizedText> texts, String key) {
        if (!texts.containsKey(key)) {
            throw new ModelValidationException("texts: missing '" + key + "' (en and zh)");
        }
    }

    public LocalizedText text(String key) {
        return texts.get(key);
    }

    public Scorecard scorecard() {
        return new Scorecard(characteristics);
    }
}
