package io.factordesk.scoring;

/**
 * Points scaling: Score = Offset + Factor x ln(odds), Factor = PDO / ln 2,
 * Offset = BaseScore - Factor x ln(BaseOdds); PD = 1 / (1 + odds).
 */
public record Scaling(double baseScore, double baseOdds, double pdo) {

    public Scaling {
        if (!(baseOdds > 0.0) || !(pdo > 0.0) || !Double.isFinite(baseScore)) {
            throw new ModelValidationException("scaling: baseOdds and pdo must be positive, baseScore finite (got "
                + baseScore + "/" + baseOdds + "/" + pdo + ")");
        }
    }

    public double factor() {
        return pdo / Math.log(2.0);
    }

    public double offset() {
        return baseScore - factor() * Math.log(baseOdds);
    }

    /** Good:bad odds at a score. */
    public double odds(double score) {
        return Math.exp((score - offset()) / factor());
    }

    public double pd(double score) {
        return 1.0 / (1.0 + odds(score));
    }

    /** The score whose PD is the given one (inverse of {@link #pd}). */
    public double scoreForPd(double pd) {
        return offset() + factor() * Math.log((1.0 - pd) / pd);
    }
}
