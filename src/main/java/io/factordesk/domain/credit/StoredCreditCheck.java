package io.factordesk.domain.credit;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One stored credit check of a supplier, as its history lists it: when, by which model, and the outcome. */
public record StoredCreditCheck(long id, long supplierId, LocalDateTime checkedAt, Long officerId, String modelId,
                                String modelVersion, String modelSha256, int score, BigDecimal pd, String grade,
                                String decision, BigDecimal recommendedLimit, BigDecimal annualRate,
                                BigDecimal advanceRate, String resultJson) {
}
