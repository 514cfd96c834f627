package io.factordesk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Annual rate = funding cost + expected loss (PD x LGD) + operating cost + capital charge
 * (Basel IRB K x hurdle rate) + margin. Statistics run in double; each component becomes a
 * BigDecimal at scale 8 (HALF_UP) and the rate is the sum of the rounded components, so the parts
 * shown to the officer add up exactly. Amounts (EAD, RWA) are at scale 2.
 */
final class RiskBasedPricing {

    static final int RATE_SCALE = 8;
    private static final double DAYS_PER_YEAR = 365.0;

    private final Policy.Pricing policy;

    RiskBasedPricing(Policy.Pricing policy) {
        this.policy = policy;
    }

    Pricing price(double pd, Grade grade, FinancingRequest request, double annualSalesCny) {
        BigDecimal advanceRate = rate(grade.advanceRate()).min(request.advanceRate().setScale(RATE_SCALE, RoundingMode.HALF_UP));
        BigDecimal ead = request.requestedAmount().multiply(advanceRate).setScale(2, RoundingMode.HALF_UP);
        double maturityYears = Math.max(request.tenorDays(), policy.maturityFloorDays()) / DAYS_PER_YEAR;
        double salesEurMillions = annualSalesCny / policy.cnyPerEur() / 1_000_000.0;
        IrbCapital.Requirement capital = IrbCapital.requirement(pd, policy.lgd(), maturityYears, salesEurMillions);
        PriceComponents components = new PriceComponents(
            rate(policy.fundingCost()),
            rate(capital.pd() * policy.lgd()),
            rate(policy.operatingCost()),
            rate(capital.k() * policy.hurdleRate()),
            rate(policy.margin()));
        BigDecimal k = rate(capital.k());
        CapitalFigures figures = new CapitalFigures(rate(capital.pd()), rate(policy.lgd()), rate(maturityYears),
            rate(salesEurMillions), rate(capital.correlation()), k,
            BigDecimal.valueOf(12.5 * capital.k()).multiply(ead).setScale(2, RoundingMode.HALF_UP), ead);
        return new Pricing(components.total(), advanceRate, components, figures);
    }

    static BigDecimal rate(double value) {
        return BigDecimal.valueOf(value).setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }
}
