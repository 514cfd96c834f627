package io.factordesk.service;

/** Size and seed of a generated demo portfolio; the same spec always gives the same portfolio. */
public record DemoSpec(int suppliers, int receivables, long seed) {

    public static final long DEFAULT_SEED = 20_261_127L;

    public DemoSpec {
        if (suppliers < 1) {
            throw new IllegalArgumentException("suppliers must be at least 1");
        }
        if (receivables < 0) {
            throw new IllegalArgumentException("receivables must not be negative");
        }
    }

    /** What a first start generates: 200 suppliers, about 20,000 receivables. */
    public static DemoSpec standard() {
        return new DemoSpec(200, 20_000, DEFAULT_SEED);
    }
}
