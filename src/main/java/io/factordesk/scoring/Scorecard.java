package io.factordesk.scoring;

import java.util.List;

/**
 * The hot path of the model: characteristic values in, points out, through arrays built once.
 * Immutable; {@link #score(double[])} allocates nothing.
 */
public final class Scorecard {

    private final Characteristic[] characteristics;

    Scorecard(List<Characteristic> characteristics) {
        this.characteristics = characteristics.toArray(new Characteristic[0]);
    }

    public int size() {
        return characteristics.length;
    }

    public Characteristic characteristic(int index) {
        return characteristics[index];
    }

    /** Sum of points; values[i] belongs to characteristic i, NaN when missing. */
    public int score(double[] values) {
        int total = 0;
        for (int i = 0; i < characteristics.length; i++) {
            total += characteristics[i].points(values[i]);
        }
        return total;
    }

    /** Points per characteristic into the caller's array; returns the total. */
    public int points(double[] values, int[] pointsOut) {
        int total = 0;
        for (int i = 0; i < characteristics.length; i++) {
            pointsOut[i] = characteristics[i].points(values[i]);
            total += pointsOut[i];
        }
        return total;
    }
}
