package io.factordesk.scoring;

/**
 * Basel IRB capital requirement K per unit of exposure for corporate and SME exposures
 * (domain.md): asset correlation with the firm-size adjustment, maturity adjustment, 99.9% quantile.
 */
public final class IrbCapital {

    /** Basel 3.1 floor on the PD of corporate exposures. */
    public static final double PD_FLOOR = 0.0005;
    private static final double G_999 = StandardNormal.inverseCdf(0.999);

    private IrbCapital() {
    }

    /** The inputs and the figures a risk officer checks, all per unit of exposure. */
    public record Requirement(double pd, double lgd, double maturityYears, double salesEurMillions,
                              double correlation, double maturityAdjustment, double k) {

        public double riskWeight() {
            return 12.5 * k;
        }
    }

    /**
     * @param pd               one-year probability of default; floored at {@link #PD_FLOOR}
     * @param salesEurMillions annual turnover; below 50 the SME adjustment lowers the correlation;
     *                         NaN or a negative value means unknown (no adjustment)
     */
    public static Requirement requirement(double pd, double lgd, double maturityYears, double salesEurMillions) {
        if (!(pd >= 0.0 && pd <= 1.0)) {
            throw new IllegalArgumentException("PD must be within [0, 1]: " + pd);
        }
        if (!(lgd >= 0.0 && lgd <= 1.0)) {
            throw new IllegalArgumentException("LGD must be within [0, 1]: " + lgd);
        }
        double flooredPd = Math.max(pd, PD_FLOOR);
        double correlation = correlation(flooredPd, salesEurMillions);
        double b = Math.pow(0.11852 - 0.05478 * Math.log(flooredPd), 2);
        double maturityAdjustment = (1.0 + (maturityYears - 2.5) * b) / (1.0 - 1.5 * b);
        double k;
        if (flooredPd >= 1.0) {
            k = 0.0; // a defaulted exposure is provisioned, not capitalised through this formula
        } else {
            double conditionalPd = StandardNormal.cdf(StandardNormal.inverseCdf(flooredPd) / Math.sqrt(1.0 - correlation)
                + Math.sqrt(correlation / (1.0 - correlation)) * G_999);
            k = Math.max(0.0, (lgd * conditionalPd - flooredPd * lgd) * maturityAdjustment);
        }
        return new Requirement(flooredPd, lgd, maturityYears, salesEurMillions, correlation, maturityAdjustment, k);
    }

    /** R = 0.12 w + 0.24 (1 - w), less the SME adjustment 0.04 (1 - (S - 5) / 45) when S < 50. */
    public static double correlation(double pd, double salesEurMillions) {
        double w = (1.0 - Math.exp(-50.0 * pd)) / (1.0 - Math.exp(-50.0));
        double r = 0.12 * w + 0.24 * (1.0 - w);
        if (salesEurMillions >= 0.0 && salesEurMillions < 50.0) {
            double s = Math.min(Math.max(salesEurMillions, 5.0), 50.0);
            r -= 0.04 * (1.0 - (s - 5.0) / 45.0);
        }
        return r;
    }
}
