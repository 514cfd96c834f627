package io.factordesk.scoring;

import io.factordesk.domain.TradingMonth;
import io.factordesk.domain.Uscc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built, sensible supplier: eight years old, 24 months of steady sales to a core
 * enterprise (AA) and two other debtors, low dilution, a clean record with us. Tests change one
 * thing at a time through the public fields and call {@link #input()}.
 */
public final class SupplierFixture {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    public static final long SUPPLIER_ID = 100;
    public static final long CORE_ID = 1;
    public static final long SECOND_ID = 2;
    public static final long THIRD_ID = 3;

    public SupplierProfile supplier = new SupplierProfile(Uscc.complete("91310115MA1K4C0X1"), "上海星辰电子科技有限公司",
        AS_OF.minusMonths(96), new BigDecimal("10000000.00"), "C39", "310115",
        List.of("上海市浦东新区张江路88号"), List.of("6222 0210 0101 2345 678"));
    public List<SupplierDebtor> debtors = new ArrayList<>(List.of(
        debtor(CORE_ID, "91110000100001234", "华北重工集团股份有限公司", "AA", true, new BigDecimal("20000000.00")),
        debtor(SECOND_ID, "91440300MA5DC0AB1", "深圳宏远贸易有限公司", "A", false, new BigDecimal("5000000.00")),
        debtor(THIRD_ID, "91320500MA1MXY7Q2", "苏州瑞丰机电有限公司", "BBB", false, null)));
    public List<TradingMonth> trading = new ArrayList<>();
    public List<ReceivableEligibility> receivables = new ArrayList<>();
    public HistoryWithUs history = new HistoryWithUs(6, 0);
    public FinancingRequest request = new FinancingRequest(new BigDecimal("2000000.00"), 90, new BigDecimal("0.85"));

    public SupplierFixture() {
        YearMonth last = YearMonth.from(AS_OF).minusMonths(1);
        for (int back = 23; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            double season = 1.0 + 0.06 * Math.sin(back * Math.PI / 6.0);
            addMonth(month, CORE_ID, 1_200_000 * season);
            addMonth(month, SECOND_ID, 500_000 * season);
            addMonth(month, THIRD_ID, 300_000 * season);
        }
        for (int i = 0; i < 30; i++) {
            long debtor = i % 3 == 0 ? THIRD_ID : i % 2 == 0 ? SECOND_ID : CORE_ID;
            receivables.add(receivable(i + 1, "3100261130", String.format("%08d", 1000 + i), debtor,
                new BigDecimal(60_000 + 7_919 * i % 90_000).setScale(2), i % 10 != 0));
        }
    }

    public CreditCheckInput input() {
        return new CreditCheckInput(supplier, trading, receivables, debtors, history, request, AS_OF);
    }

    /** Sales with 1.5% returns and 0.8% disputes. */
    public void addMonth(YearMonth month, long debtorId, double sales) {
        BigDecimal amount = BigDecimal.valueOf(sales).setScale(2, RoundingMode.HALF_UP);
        trading.add(new TradingMonth(SUPPLIER_ID, debtorId, month, amount,
            amount.multiply(new BigDecimal("0.015")).setScale(2, RoundingMode.HALF_UP),
            amount.multiply(new BigDecimal("0.008")).setScale(2, RoundingMode.HALF_UP), 12));
    }

    /** Replaces the trading of one month and debtor (sales, returns, disputes). */
    public void setMonth(YearMonth month, long debtorId, double sales, double returns) {
        trading.removeIf(t -> t.month().equals(month) && t.debtorId() == debtorId);
        trading.add(new TradingMonth(SUPPLIER_ID, debtorId, month, money(sales), money(returns), money(0), 12));
    }

    public void replaceDebtor(long debtorId, java.util.function.UnaryOperator<SupplierDebtor> change) {
        debtors.replaceAll(d -> d.debtorId() == debtorId ? change.apply(d) : d);
    }

    public static SupplierDebtor debtor(long id, String first17OrUscc, String name, String rating, boolean core,
                                        BigDecimal limit) {
        Uscc uscc = first17OrUscc.length() == 17 ? Uscc.complete(first17OrUscc) : Uscc.of(first17OrUscc);
        return new SupplierDebtor(id, uscc, name, rating, core, false, false, false, limit, List.of("北京市朝阳区建国路" + id + "号"),
            List.of("1100 " + id + "000 0000 " + id));
    }

    public static ReceivableEligibility receivable(long id, String code, String no, long debtorId, BigDecimal amount,
                                                   boolean eligible, String... reasons) {
        LocalDate issued = AS_OF.minusDays(20 + id % 40);
        return new ReceivableEligibility(id, code, no, debtorId, amount, issued, issued.plusDays(90), eligible,
            List.of(reasons));
    }

    public static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    public static byte[] defaultModelBytes() {
        try (InputStream in = SupplierFixture.class.getResourceAsStream(ScorecardModelLoader.DEFAULT_MODEL_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScorecardModel defaultModel() {
        return ScorecardModelLoader.load(defaultModelBytes());
    }

    public static SupplierDebtor with(SupplierDebtor d, boolean inDefault, boolean relatedParty, boolean sellsToSupplier) {
        return new SupplierDebtor(d.debtorId(), d.uscc(), d.name(), d.rating(), d.coreEnterprise(), inDefault,
            relatedParty, sellsToSupplier, d.creditLimit(), d.addresses(), d.bankAccounts());
    }
}
