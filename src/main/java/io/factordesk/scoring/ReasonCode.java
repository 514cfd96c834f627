package io.factordesk.scoring;

/** A characteristic that cost points, in words an officer can say to the supplier. */
public record ReasonCode(String code, String characteristic, int points, int maxPoints, String text, String textZh) {

    public int pointsBelowBest() {
        return maxPoints - points;
    }
}
