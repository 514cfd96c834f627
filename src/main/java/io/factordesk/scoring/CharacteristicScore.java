package io.factordesk.scoring;

import java.math.BigDecimal;

/** One line of the scorecard for a supplier: the measured value (null when missing, 6 decimals) and its points. */
public record CharacteristicScore(String characteristic, BigDecimal value, int points, int maxPoints) {
}
