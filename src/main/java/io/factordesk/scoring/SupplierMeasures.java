package io.factordesk.scoring;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Computes every {@link Measure} for one supplier; NaN marks a value the data cannot give. */
final class SupplierMeasures {

    private static final String[] RATING_SCALE = {"AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D"};
    private static final int TREND_MONTHS = 6;

    private SupplierMeasures() {
    }

    static double[] measure(CreditCheckInput input, TradingFigures figures, Policy policy) {
        double[] values = new double[Measure.values().length];
        int window = figures.windowMonths();
        double windowSales = figures.salesSum(0, window);
        values[Measure.MONTHS_WITH_CORE.ordinal()] = figures.monthsWithCore();
        values[Measure.AVG_MONTHLY_SALES.ordinal()] = windowSales / window;
        values[Measure.SALES_TREND.ordinal()] = ratio(figures.salesSum(0, TREND_MONTHS),
            figures.salesSum(TREND_MONTHS, TREND_MONTHS)) - 1.0;
        values[Measure.SALES_VOLATILITY.ordinal()] = coefficientOfVariation(figures.windowSales());
        values[Measure.DILUTION_RATE.ordinal()] = ratio(figures.returnsSum(0, window), windowSales);
        values[Measure.DISPUTE_RATE.ordinal()] = ratio(figures.disputesSum(0, window), windowSales);
        values[Measure.DEBTOR_CONCENTRATION.ordinal()] = herfindahl(figures, windowSales);
        values[Measure.MAX_DAYS_PAST_DUE.ordinal()] = input.history().pastDeals() == 0
            ? Double.NaN : input.history().maxDaysPastDue();
        values[Measure.COMPANY_AGE_MONTHS.ordinal()] = input.supplier().registeredOn() == null
            ? Double.NaN : ChronoUnit.MONTHS.between(input.supplier().registeredOn(), input.asOf());
        values[Measure.DEBTOR_QUALITY.ordinal()] = debtorQuality(input, figures, windowSales, policy.unratedDebtorNotch());
        values[Measure.ELIGIBLE_SHARE.ordinal()] = eligibleShare(input);
        values[Measure.PAST_DEALS.ordinal()] = input.history().pastDeals();
        return values;
    }

    /** Rating notch 1 (AAA) .. 10 (D), ignoring +/- modifiers; unrated or unknown gives the policy's notch. */
    static double ratingNotch(String rating, double unratedNotch) {
        if (rating == null) {
            return unratedNotch;
        }
        String base = rating.strip().toUpperCase(Locale.ROOT).replace("+", "").replace("-", "");
        for (int i = 0; i < RATING_SCALE.length; i++) {
            if (RATING_SCALE[i].equals(base)) {
                return i + 1;
            }
        }
        return unratedNotch;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0.0 ? numerator / denominator : Double.NaN;
    }

    private static double coefficientOfVariation(double[] monthly) {
        double mean = 0.0;
        for (double value : monthly) {
            mean += value;
        }
        mean /= monthly.length;
        if (!(mean > 0.0)) {
            return Double.NaN;
        }
        double squares = 0.0;
        for (double value : monthly) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / monthly.length) / mean;
    }

    private static double herfindahl(TradingFigures figures, double windowSales) {
        if (!(windowSales > 0.0)) {
            return Double.NaN;
        }
        double hhi = 0.0;
        for (double[] debtor : figures.windowByDebtor().values()) {
            double share = debtor[0] / windowSales;
            hhi += share * share;
        }
        return hhi;
    }

    private static double debtorQuality(CreditCheckInput input, TradingFigures figures, double windowSales,
                                        double unratedNotch) {
        if (!(windowSales > 0.0)) {
            return Double.NaN;
        }
        Map<Long, String> ratings = new HashMap<>();
        input.debtors().forEach(d -> ratings.put(d.debtorId(), d.rating()));
        double weighted = 0.0;
        for (Map.Entry<Long, double[]> debtor : figures.windowByDebtor().entrySet()) {
            weighted += ratingNotch(ratings.get(debtor.getKey()), unratedNotch) * debtor.getValue()[0];
        }
        return weighted / windowSales;
    }

    private static double eligibleShare(CreditCheckInput input) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal eligible = BigDecimal.ZERO;
        for (ReceivableEligibility receivable : input.receivables()) {
            total = total.add(receivable.amount());
            if (receivable.eligible()) {
                eligible = eligible.add(receivable.amount());
            }
        }
        return total.signum() > 0 ? eligible.doubleValue() / total.doubleValue() : Double.NaN;
    }
}
