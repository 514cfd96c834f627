package io.factordesk.scoring;

/** The supplier's record with the factor: deals financed so far and the worst days past due on them. */
public record HistoryWithUs(int pastDeals, int maxDaysPastDue) {

    public static final HistoryWithUs NEW_CLIENT = new HistoryWithUs(0, 0);

    public HistoryWithUs {
        if (pastDeals < 0 || maxDaysPastDue < 0) {
            throw new IllegalArgumentException("past deals and days past due cannot be negative");
        }
    }
}
