package io.factordesk.scoring;

import java.util.List;

/**
 * The hot path of the model: characteristic values in, points out. The bins of all
 * characteristics are flattened once into contiguous arrays (edges, points, offsets), so an
 * evaluation is a binary search per characteristic over primitive arrays, with no allocation.
 * Immutable and thread-safe.
 */
public final class Scorecard {

    private final Characteristic[] characteristics;
    /** Inner bin edges of every characteristic, back to back; characteristic c owns [edgeFrom[c], edgeFrom[c + 1]). */
    private final double[] edges;
    private final int[] edgeFrom;
    /** Points of every bin; characteristic c's bin k is at pointFrom[c] + k. */
    private final int[] points;
    private final int[] pointFrom;
    private final int[] missingPoints;

    Scorecard(List<Characteristic> characteristics) {
        this.characteristics = characteristics.toArray(new Characteristic[0]);
        int count = this.characteristics.length;
        edgeFrom = new int[count + 1];
        pointFrom = new int[count];
        missingPoints = new int[count];
        int totalBins = 0;
        for (Characteristic characteristic : this.characteristics) {
            totalBins += characteristic.bins().size();
        }
        edges = new double[totalBins - count];
        points = new int[totalBins];
        int edge = 0;
        int point = 0;
        for (int c = 0; c < count; c++) {
            List<Bin> bins = this.characteristics[c].bins();
            edgeFrom[c] = edge;
            pointFrom[c] = point;
            missingPoints[c] = this.characteristics[c].missingPoints();
            for (int k = 0; k < bins.size(); k++) {
                if (k > 0) {
                    edges[edge++] = bins.get(k).min();
                }
                points[point++] = bins.get(k).points();
            }
        }
        edgeFrom[count] = edge;
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
        for (int c = 0; c < missingPoints.length; c++) {
            total += pointsOf(c, values[c]);
        }
        return total;
    }

    /** Points per characteristic into the caller's array; returns the total. */
    public int points(double[] values, int[] pointsOut) {
        int total = 0;
        for (int c = 0; c < missingPoints.length; c++) {
            pointsOut[c] = pointsOf(c, values[c]);
            total += pointsOut[c];
        }
        return total;
    }

    private int pointsOf(int c, double value) {
        if (value != value) {
            return missingPoints[c];
        }
        int from = edgeFrom[c];
        int low = from;
        int high = edgeFrom[c + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (value >= edges[mid]) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return points[pointFrom[c] + low - from];
    }
}
