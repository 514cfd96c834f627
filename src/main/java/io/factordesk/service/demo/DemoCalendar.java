package io.factordesk.service.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The time frame of a demo portfolio, fixed by its as-of date: 24 months of trading history ending
 * with the as-of month, receivables issued in the last 18 of them (the as-of month up to the as-of
 * day). Nothing here reads the clock.
 */
final class DemoCalendar {

    static final int HISTORY_MONTHS = 24;
    static final int RECEIVABLE_MONTHS = 18;
    static final int FIRST_RECEIVABLE_MONTH = HISTORY_MONTHS - RECEIVABLE_MONTHS;
    /** The last months in which a planted turnover jump shows. */
    static final int JUMP_MONTHS = 3;
    private static final double JUMP_FACTOR = 4.0;

    private final LocalDate asOf;
    private final YearMonth[] months = new YearMonth[HISTORY_MONTHS];
    private final double[] ordinaryWeights = new double[HISTORY_MONTHS];
    private final double[] jumpWeights = new double[HISTORY_MONTHS];

    DemoCalendar(LocalDate asOf) {
        this.asOf = asOf;
        YearMonth last = YearMonth.from(asOf);
        double ordinarySum = 0;
        double jumpSum = 0;
        for (int k = 0; k < HISTORY_MONTHS; k++) {
            months[k] = last.minusMonths(HISTORY_MONTHS - 1L - k);
            if (k >= FIRST_RECEIVABLE_MONTH) {
                double weight = daysIssuable(k) * seasonality(months[k]) * (1 + 0.01 * k);
                ordinarySum += weight;
                jumpSum += weight * (k >= HISTORY_MONTHS - JUMP_MONTHS ? JUMP_FACTOR : 1);
            }
            ordinaryWeights[k] = ordinarySum;
            jumpWeights[k] = jumpSum;
        }
        for (int k = 0; k < HISTORY_MONTHS; k++) {
            ordinaryWeights[k] /= ordinarySum;
            jumpWeights[k] /= jumpSum;
        }
    }

    LocalDate asOf() {
        return asOf;
    }

    YearMonth month(int k) {
        return months[k];
    }

    /** Position of a date's month in the history, 0 = oldest, 23 = the as-of month. */
    int monthIndex(LocalDate date) {
        return (int) (HISTORY_MONTHS - 1 - YearMonth.from(date).until(months[HISTORY_MONTHS - 1], ChronoUnit.MONTHS));
    }

    LocalDate firstIssueDate() {
        return months[FIRST_RECEIVABLE_MONTH].atDay(1);
    }

    /** An issue date in the receivable window; a jumping supplier issues far more in the last months. */
    LocalDate issueDate(SplittableRandom random, boolean turnoverJump) {
        double[] cumulative = turnoverJump ? jumpWeights : ordinaryWeights;
        double u = random.nextDouble();
        int k = FIRST_RECEIVABLE_MONTH;
        while (k < HISTORY_MONTHS - 1 && cumulative[k] <= u) {
            k++;
        }
        return months[k].atDay(1 + random.nextInt(daysIssuable(k)));
    }

    private int daysIssuable(int k) {
        return k == HISTORY_MONTHS - 1 ? asOf.getDayOfMonth() : months[k].lengthOfMonth();
    }

    /** Factories close over the Spring Festival; December is the year-end push. */
    private static double seasonality(YearMonth month) {
        if (month.getMonth() == Month.FEBRUARY) {
            return 0.6;
        }
        return month.getMonth() == Month.DECEMBER ? 1.2 : 1.0;
    }
}
