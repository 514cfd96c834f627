package io.factordesk.scoring;

/** One attribute of a characteristic: values in [min, max) earn the points; a null bound is open. */
public record Bin(Double min, Double max, int points) {

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value < max);
    }

    public String label() {
        return "[" + (min == null ? "-inf" : min) + ", " + (max == null ? "+inf" : max) + ")";
    }
}
