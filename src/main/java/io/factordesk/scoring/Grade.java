package io.factordesk.scoring;

/**
 * A rating grade: its PD band [pdMin, pdMax), the advance rate it earns and the multiple of
 * average monthly eligible sales used for its credit line.
 */
public record Grade(String name, double pdMin, double pdMax, double advanceRate, double limitMultiple) {

    public boolean contains(double pd) {
        return pd >= pdMin && (pd < pdMax || pdMax >= 1.0);
    }
}
