package io.factordesk.domain;

import java.math.BigDecimal;

/** Unpaid receivables in one band of days past due, as of a date. */
public record AgingBucket(Band band, long count, BigDecimal outstanding) {

    /** The bands of the aging chart. */
    public enum Band {
        CURRENT(Integer.MIN_VALUE, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90),
        OVER_90(91, Integer.MAX_VALUE);

        private final int fromDays;
        private final int toDays;

        Band(int fromDays, int toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        /** Inclusive lower bound in days past due (CURRENT: not yet due or due today). */
        public int fromDays() {
            return fromDays;
        }

        public int toDays() {
            return toDays;
        }
    }
}
