package io.factordesk.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one credit check, self-describing: which model (id, version, SHA-256 of its file)
 * produced it, the score and why, the policy and fraud findings, the line and the price.
 * pd is at scale 8. decisionNotes explain, in English and Chinese, each step that moved the decision.
 */
public record CreditCheckResult(String supplierUscc, LocalDate asOf, String modelId, String modelVersion,
                                String modelSha256, int score, BigDecimal pd, String grade, Decision decision,
                                List<LocalizedText> decisionNotes, List<KnockOut> knockouts, List<FraudSignal> fraudSignals,
                                List<ReasonCode> reasons, List<CharacteristicScore> characteristics,
                                Scaling scaling, CreditLimit limit, Pricing pricing) {

    public CreditCheckResult {
        decisionNotes = List.copyOf(decisionNotes);
        knockouts = List.copyOf(knockouts);
        fraudSignals = List.copyOf(fraudSignals);
        reasons = List.copyOf(reasons);
        characteristics = List.copyOf(characteristics);
    }
}
