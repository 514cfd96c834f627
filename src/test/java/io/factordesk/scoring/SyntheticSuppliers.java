package io.factordesk.scoring;

import io.factordesk.domain.TradingMonth;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic suppliers for benchmarks and batch tests: a shared pool of eleven debtors
 * (one core enterprise), 24 months of trading with three to six of them, and about 100 receivables
 * each, with some trouble mixed in (dilution, disputes, late payment, jumps, duplicates).
 */
public final class SyntheticSuppliers {

    private static final String[] RATINGS = {"AA", "A", "A", "BBB", "BBB", "BB", "BB", "B", null, "A", "CCC"};

    private SyntheticSuppliers() {
    }

    public static List<CreditCheckInput> generate(int count, int receivablesEach, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SupplierDebtor> pool = debtorPool();
        List<CreditCheckInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(supplier(i, random.split(), pool, receivablesEach));
        }
        return inputs;
    }

    private static List<SupplierDebtor> debtorPool() {
        List<SupplierDebtor> pool = new ArrayList<>();
        for (int d = 0; d < 11; d++) {
            Uscc uscc = Uscc.complete(String.format("9111000010%07d", 5000 + d));
            pool.add(new SupplierDebtor(d + 1, uscc, "买方" + (d + 1) + "有限公司", RATINGS[d], d == 0, false, false, false,
                d == 0 ? null : new BigDecimal("8000000.00"), List.of("北京市海淀区中关村大街" + d + "号"), List.of("0200" + d + "1234567")));
        }
        return pool;
    }

    private static CreditCheckInput supplier(int index, SplittableRandom random, List<SupplierDebtor> pool, int receivablesEach) {
        LocalDate asOf = SupplierFixture.AS_OF;
        Uscc uscc = Uscc.complete(String.format("91320500%09d", 100_000 + index));
        SupplierProfile profile = new SupplierProfile(uscc, "供应商" + index + "科技有限公司",
            asOf.minusMonths(6 + random.nextInt(240)), new BigDecimal("5000000.00"), "C39", "320500",
            List.of("江苏省苏州市工业园区星湖街" + index + "号"), List.of("6228" + String.format("%012d", index)));
        List<SupplierDebtor> debtors = new ArrayList<>();
        debtors.add(pool.get(0));
        int others = 2 + random.nextInt(4);
        for (int k = 0; k < others; k++) {
            SupplierDebtor candidate = pool.get(1 + random.nextInt(pool.size() - 1));
            if (!debtors.contains(candidate)) {
                debtors.add(candidate);
            }
        }
        double monthlySales = Math.exp(11.5 + random.nextDouble() * 4.5);
        double returnsRate = random.nextDouble() < 0.8 ? random.nextDouble() * 0.03 : 0.03 + random.nextDouble() * 0.08;
        double disputeRate = random.nextDouble() * 0.03;
        boolean jump = random.nextDouble() < 0.05;
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        List<TradingMonth> trading = new ArrayList<>();
        for (int back = 23; back >= 0; back--) {
            double month = monthlySales * (0.7 + random.nextDouble() * 0.6) * (jump && back < 3 ? 3.0 : 1.0);
            for (int k = 0; k < debtors.size(); k++) {
                double share = k == 0 ? 0.5 : 0.5 / (debtors.size() - 1);
                BigDecimal sales = money(month * share);
                trading.add(new TradingMonth(index, debtors.get(k).debtorId(), last.minusMonths(back), sales,
                    money(month * share * returnsRate), money(month * share * disputeRate), 10));
            }
        }
        List<ReceivableEligibility> receivables = new ArrayList<>(receivablesEach);
        boolean flagged = random.nextDouble() < 0.08;
        for (int r = 0; r < receivablesEach; r++) {
            double draw = flagged ? random.nextDouble() : 1.0;
            String reason = draw < 0.03 ? ReceivableEligibility.DUPLICATE_INVOICE : draw < 0.04 ? ReceivableEligibility.DOUBLE_FINANCING : null;
            boolean eligible = reason == null && random.nextDouble() > 0.08;
            LocalDate issued = asOf.minusDays(1 + random.nextInt(150));
            receivables.add(new ReceivableEligibility(index * 1_000L + r, "32002611" + (r % 10), String.format("%08d", index * 1_000 + r),
                debtors.get(random.nextInt(debtors.size())).debtorId(), money(10_000 + random.nextDouble() * 490_000),
                issued, issued.plusDays(30 + random.nextInt(150)), eligible, reason == null ? List.of() : List.of(reason)));
        }
        int deals = random.nextInt(15);
        HistoryWithUs history = new HistoryWithUs(deals, deals == 0 || random.nextDouble() < 0.8 ? 0 : random.nextInt(120));
        FinancingRequest request = new FinancingRequest(money(monthlySales * (0.5 + random.nextDouble())), 30 + random.nextInt(150),
            new BigDecimal("0.85"));
        return new CreditCheckInput(profile, trading, receivables, debtors, history, request, asOf);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
