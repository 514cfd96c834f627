package io.factordesk.scoring;

import java.util.List;

/**
 * A scorecard characteristic: contiguous bins covering its whole range, the points for a missing
 * value, and the reasons read to the supplier when it costs points (one quoting the value, one for
 * a value the data cannot give). Built only through
 * {@link #of}, which rejects gaps, overlaps and uncovered ranges.
 */
public final class Characteristic {

    private final Measure measure;
    private final LocalizedText name;
    private final String reasonCode;
    private final LocalizedText reason;
    private final LocalizedText missingReason;
    private final List<Bin> bins;
    private final int missingPoints;
    private final double[] innerEdges;
    private final int[] points;
    private final int maxPoints;

    private Characteristic(Measure measure, LocalizedText name, String reasonCode, LocalizedText reason,
                           LocalizedText missingReason, List<Bin> bins, int missingPoints) {
        this.measure = measure;
        this.name = name;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.missingReason = missingReason;
        this.bins = List.copyOf(bins);
        this.missingPoints = missingPoints;
        this.innerEdges = new double[bins.size() - 1];
        this.points = new int[bins.size()];
        int best = Integer.MIN_VALUE;
        for (int i = 0; i < bins.size(); i++) {
            points[i] = bins.get(i).points();
            best = Math.max(best, points[i]);
            if (i > 0) {
                innerEdges[i - 1] = bins.get(i).min();
            }
        }
        this.maxPoints = best;
    }

    /**
     * @param rangeMin the lowest value the measure can take, or null when unbounded below
     * @param rangeMax the value the measure stays under, or null when unbounded above
     */
    public static Characteristic of(Measure measure, LocalizedText name, String reasonCode, LocalizedText reason,
                                    LocalizedText missingReason, Double rangeMin, Double rangeMax, List<Bin> bins,
                                    int missingPoints) {
        String where = "characteristic " + measure.name();
        if (bins.isEmpty()) {
            throw new ModelValidationException(where + ": has no bins");
        }
        Bin first = bins.get(0);
        if (first.min() != null && !first.min().equals(rangeMin)) {
            throw new ModelValidationException(where + ", bin 1 " + first.label() + ": does not cover the range from "
                + (rangeMin == null ? "-inf" : rangeMin) + " (first bin must start at the declared minimum or be open)");
        }
        for (int i = 0; i < bins.size(); i++) {
            Bin bin = bins.get(i);
            String binWhere = where + ", bin " + (i + 1) + " " + bin.label();
            if (bin.min() != null && bin.max() != null && !(bin.min() < bin.max())) {
                throw new ModelValidationException(binWhere + ": min must be below max");
            }
            if (i > 0) {
                Double previousMax = bins.get(i - 1).max();
                if (previousMax == null || bin.min() == null) {
                    throw new ModelValidationException(binWhere + ": only the first bin may be open below and only the last open above");
                }
                if (bin.min() > previousMax) {
                    throw new ModelValidationException(binWhere + ": gap after bin " + i + ", values in ["
                        + previousMax + ", " + bin.min() + ") fall in no bin");
                }
                if (bin.min() < previousMax) {
                    throw new ModelValidationException(binWhere + ": overlaps bin " + i + " on ["
                        + bin.min() + ", " + previousMax + ")");
                }
            }
        }
        Bin last = bins.get(bins.size() - 1);
        if (last.max() != null && !last.max().equals(rangeMax)) {
            throw new ModelValidationException(where + ", bin " + bins.size() + " " + last.label()
                + ": does not cover the range up to " + (rangeMax == null ? "+inf" : rangeMax)
                + " (last bin must end at the declared maximum or be open)");
        }
        return new Characteristic(measure, name, reasonCode, reason, missingReason, bins, missingPoints);
    }

    /** Points for a value: a binary search over the bin edges, no allocation; NaN is a missing value. */
    public int points(double value) {
        if (value != value) {
            return missingPoints;
        }
        int low = 0;
        int high = innerEdges.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (value >= innerEdges[mid]) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return points[low];
    }

    public int minPoints() {
        int least = missingPoints;
        for (int p : points) {
            least = Math.min(least, p);
        }
        return least;
    }

    public Measure measure() {
        return measure;
    }

    public LocalizedText name() {
        return name;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The reason text with the measured value filled in, or the text for a missing value. */
    public LocalizedText reasonFor(double value) {
        return Double.isNaN(value) ? missingReason : reason.format(measure.format(value));
    }

    public List<Bin> bins() {
        return bins;
    }

    public int missingPoints() {
        return missingPoints;
    }

    /** Points of the best attribute. */
    public int maxPoints() {
        return maxPoints;
    }
}
