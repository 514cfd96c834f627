package io.factordesk.domain.credit;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One stored credit check of a supplier, as its history lists it: when, by whom, by which model, the
 * outcome, the officer's override if any (null otherwise), and the row version that guards the override.
 */
public record StoredCreditCheck(long id, long supplierId, LocalDateTime checkedAt, Long officerId, String modelId,
                                String modelVersion, String modelSha256, int score, BigDecimal pd, String grade,
                                String decision, BigDecimal recommendedLimit, BigDecimal annualRate,
                                BigDecimal advanceRate, String resultJson, String officerLogin,
                                CreditOverride override, int version) {

    /** A check about to be stored: no officer login to show, no override, version 0. */
    public static StoredCreditCheck toStore(long supplierId, LocalDateTime checkedAt, Long officerId, String modelId,
                                            String modelVersion, String modelSha256, int score, BigDecimal pd,
                                            String grade, String decision, BigDecimal recommendedLimit,
                                            BigDecimal annualRate, BigDecimal advanceRate, String resultJson) {
        return new StoredCreditCheck(0L, supplierId, checkedAt, officerId, modelId, modelVersion, modelSha256, score,
                pd, grade, decision, recommendedLimit, annualRate, advanceRate, resultJson, null, null, 0);
    }

    /** The decision that stands: the officer's override where there is one, else the model's. */
    public String finalDecision() {
        return override == null ? decision : override.decision();
    }
}
