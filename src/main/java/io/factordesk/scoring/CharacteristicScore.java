package io.factordesk.scoring;

/** One line of the scorecard for a supplier: the measured value (null when missing) and its points. */
public record CharacteristicScore(String characteristic, Double value, int points, int maxPoints) {
}
