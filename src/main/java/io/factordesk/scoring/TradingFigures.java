package io.factordesk.scoring;

import io.factordesk.domain.TradingMonth;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The supplier's trading rolled up once per check: 24 monthly totals ending with the last complete
 * month before the as-of date, and sales, returns and disputes per debtor over the limit window.
 */
final class TradingFigures {

    static final int HISTORY_MONTHS = 24;

    private final double[] sales = new double[HISTORY_MONTHS];
    private final double[] returns = new double[HISTORY_MONTHS];
    private final double[] disputes = new double[HISTORY_MONTHS];
    private final Map<Long, double[]> windowByDebtor = new TreeMap<>();
    private final int windowMonths;
    private final int monthsWithCore;
    private final int monthsTrading;

    TradingFigures(CreditCheckInput input, int windowMonths) {
        this.windowMonths = windowMonths;
        YearMonth lastMonth = YearMonth.from(input.asOf()).minusMonths(1);
        Set<Long> coreDebtors = new HashSet<>();
        input.debtors().stream().filter(SupplierDebtor::coreEnterprise).forEach(d -> coreDebtors.add(d.debtorId()));
        Set<YearMonth> coreMonths = new HashSet<>();
        Set<YearMonth> tradingMonths = new HashSet<>();
        for (TradingMonth month : input.trading()) {
            if (month.month().isAfter(lastMonth)) {
                continue;
            }
            double monthSales = month.sales().doubleValue();
            if (monthSales > 0.0) {
                tradingMonths.add(month.month());
                if (coreDebtors.contains(month.debtorId())) {
                    coreMonths.add(month.month());
                }
            }
            long back = month.month().until(lastMonth, java.time.temporal.ChronoUnit.MONTHS);
            if (back >= HISTORY_MONTHS) {
                continue;
            }
            int index = HISTORY_MONTHS - 1 - (int) back;
            sales[index] += monthSales;
            returns[index] += month.returns().doubleValue();
            disputes[index] += month.disputes().doubleValue();
            if (back < windowMonths) {
                double[] perDebtor = windowByDebtor.computeIfAbsent(month.debtorId(), id -> new double[3]);
                perDebtor[0] += monthSales;
                perDebtor[1] += month.returns().doubleValue();
                perDebtor[2] += month.disputes().doubleValue();
            }
        }
        this.monthsWithCore = coreMonths.size();
        this.monthsTrading = tradingMonths.size();
    }

    /** Sum over count months ending newest months before the last complete month (0 = that month). */
    double salesSum(int newest, int count) {
        return sum(sales, newest, count);
    }

    double returnsSum(int newest, int count) {
        return sum(returns, newest, count);
    }

    double disputesSum(int newest, int count) {
        return sum(disputes, newest, count);
    }

    /** Monthly sales of the window, oldest first. */
    double[] windowSales() {
        double[] window = new double[windowMonths];
        System.arraycopy(sales, HISTORY_MONTHS - windowMonths, window, 0, windowMonths);
        return window;
    }

    /** Per debtor id: {sales, returns, disputes} over the window, in debtor id order. */
    Map<Long, double[]> windowByDebtor() {
        return windowByDebtor;
    }

    int windowMonths() {
        return windowMonths;
    }

    int monthsWithCore() {
        return monthsWithCore;
    }

    int monthsTrading() {
        return monthsTrading;
    }

    private static double sum(double[] series, int newest, int count) {
        double total = 0.0;
        int end = HISTORY_MONTHS - 1 - newest;
        for (int i = Math.max(0, end - count + 1); i <= end; i++) {
            total += series[i];
        }
        return total;
    }
}
