package io.factordesk.scoring;

/**
 * The standard normal distribution function N and its inverse G, in double precision.
 * N follows Hart (1968) as given by West ("Better approximations to cumulative normal functions",
 * 2005) within 2.5 standard deviations and Laplace's continued fraction beyond: relative error
 * about 1e-14 within 10 standard deviations and 3e-13 further out, where exp(-x^2/2) itself loses
 * digits (checked against Apache Commons Math's erfc). G is Acklam's rational
 * approximation refined by one Halley step against that N, which brings it to about 1e-15.
 * The Basel formula needs both.
 */
public final class StandardNormal {

    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
    private static final double P_LOW = 0.02425;
    private static final double CONTINUED_FRACTION_FROM = 2.5;
    private static final int CONTINUED_FRACTION_TERMS = 100;
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    private StandardNormal() {
    }

    /** N(x) = P(Z <= x) for a standard normal Z. */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double abs = Math.abs(x);
        double tail;
        if (abs > 37.0) {
            tail = 0.0;
        } else {
            double exponential = Math.exp(-abs * abs / 2.0);
            if (abs < CONTINUED_FRACTION_FROM) {
                double numerator = 3.52624965998911e-02 * abs + 0.700383064443688;
                numerator = numerator * abs + 6.37396220353165;
                numerator = numerator * abs + 33.912866078383;
                numerator = numerator * abs + 112.079291497871;
                numerator = numerator * abs + 221.213596169931;
                numerator = numerator * abs + 220.206867912376;
                double denominator = 8.83883476483184e-02 * abs + 1.75566716318264;
                denominator = denominator * abs + 16.064177579207;
                denominator = denominator * abs + 86.7807322029461;
                denominator = denominator * abs + 296.564248779674;
                denominator = denominator * abs + 637.333633378831;
                denominator = denominator * abs + 793.826512519948;
                denominator = denominator * abs + 440.413735824752;
                tail = exponential * numerator / denominator;
            } else {
                // Laplace's continued fraction for the Mills ratio, evaluated bottom-up: Hart's rational
                // function keeps only absolute accuracy in the tail, the fraction keeps relative accuracy.
                double fraction = abs;
                for (int k = CONTINUED_FRACTION_TERMS; k >= 1; k--) {
                    fraction = abs + k / fraction;
                }
                tail = exponential / fraction / SQRT_2PI;
            }
        }
        return x > 0 ? 1.0 - tail : tail;
    }

    /** G(p), the x with N(x) = p, for 0 < p < 1. */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            if (p == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1.0) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        double x;
        if (p < P_LOW) {
            double q = Math.sqrt(-2.0 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        } else if (p <= 1.0 - P_LOW) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
        } else {
            double q = Math.sqrt(-2.0 * Math.log(1.0 - p));
            x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        }
        // One Halley step; in the upper tail work with the complement so 1 - p keeps its digits.
        double error = p > 0.5 ? (1.0 - p) - cdf(-x) : cdf(x) - p;
        double u = error * SQRT_2PI * Math.exp(x * x / 2.0);
        return x - u / (1.0 + x * u / 2.0);
    }
}
