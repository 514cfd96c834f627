package io.factordesk.scoring;

import java.util.Locale;

/**
 * The quantities the engine can measure from a supplier's data; a model file's characteristic
 * names one of them by code. Each knows how to show its value in a reason an officer reads out.
 */
public enum Measure {
    MONTHS_WITH_CORE(Unit.COUNT),
    AVG_MONTHLY_SALES(Unit.AMOUNT),
    SALES_TREND(Unit.SIGNED_PERCENT),
    SALES_VOLATILITY(Unit.PERCENT),
    DILUTION_RATE(Unit.PERCENT),
    DISPUTE_RATE(Unit.PERCENT),
    DEBTOR_CONCENTRATION(Unit.PERCENT),
    MAX_DAYS_PAST_DUE(Unit.COUNT),
    COMPANY_AGE_MONTHS(Unit.COUNT),
    DEBTOR_QUALITY(Unit.DECIMAL),
    ELIGIBLE_SHARE(Unit.PERCENT),
    PAST_DEALS(Unit.COUNT);

    private enum Unit { COUNT, AMOUNT, PERCENT, SIGNED_PERCENT, DECIMAL }

    private final Unit unit;

    Measure(Unit unit) {
        this.unit = unit;
    }

    /** The value as the reason texts quote it, e.g. "4.2%", "1,250,000.00", "18". */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%.0f", value);
            case AMOUNT -> String.format(Locale.ROOT, "%,.2f", value);
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", value * 100.0);
            case SIGNED_PERCENT -> String.format(Locale.ROOT, "%+.1f%%", value * 100.0);
            case DECIMAL -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    public static Measure byCode(String code, String where) {
        for (Measure measure : values()) {
            if (measure.name().equals(code)) {
                return measure;
            }
        }
        throw new ModelValidationException(where + ": unknown characteristic code '" + code
            + "'; the engine measures " + java.util.Arrays.toString(values()));
    }
}
