package io.factordesk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Recommended credit line: the grade's multiple of average monthly eligible sales (sales less
 * returns and disputes, to debtors not in default, over the policy window), each debtor's share
 * capped by that debtor's credit limit, the total capped by the policy maximum.
 */
final class CreditLineCalculator {

    static final java.util.List<String> TEXTS = java.util.List.of("limit.formula", "limit.declined");

    private final Policy.Limit policy;
    private final LocalizedText formula;
    private final LocalizedText declined;

    CreditLineCalculator(ScorecardModel model) {
        this.policy = model.policy().limit();
        this.formula = model.text("limit.formula");
        this.declined = model.text("limit.declined");
    }

    CreditLimit modelLine(CreditCheckInput input, TradingFigures figures, Grade grade) {
        Map<Long, SupplierDebtor> debtors = new HashMap<>();
        input.debtors().forEach(d -> debtors.put(d.debtorId(), d));
        BigDecimal multiple = BigDecimal.valueOf(grade.limitMultiple());
        BigDecimal monthlyEligible = BigDecimal.ZERO;
        BigDecimal debtorCapped = BigDecimal.ZERO;
        for (Map.Entry<Long, double[]> entry : figures.windowByDebtor().entrySet()) {
            SupplierDebtor debtor = debtors.get(entry.getKey());
            if (debtor != null && debtor.inDefault()) {
                continue;
            }
            double[] sums = entry.getValue();
            BigDecimal monthly = amount(Math.max(0.0, sums[0] - sums[1] - sums[2]) / figures.windowMonths());
            monthlyEligible = monthlyEligible.add(monthly);
            BigDecimal share = monthly.multiply(multiple);
            if (debtor != null && debtor.creditLimit() != null) {
                share = share.min(debtor.creditLimit());
            }
            debtorCapped = debtorCapped.add(share);
        }
        BigDecimal uncapped = monthlyEligible.multiply(multiple).setScale(2, RoundingMode.HALF_UP);
        debtorCapped = debtorCapped.setScale(2, RoundingMode.HALF_UP);
        BigDecimal recommended = debtorCapped.min(policy.maxLimit()).setScale(2, RoundingMode.HALF_UP);
        LocalizedText shown = formula.format(multiple.toPlainString(), grade.name(), plain(monthlyEligible),
            figures.windowMonths(), plain(uncapped), plain(debtorCapped), plain(policy.maxLimit()), plain(recommended),
            policy.currency());
        return new CreditLimit(recommended, policy.currency(), shown.en(), shown.zh());
    }

    CreditLimit declined(CreditLimit modelLine) {
        String amount = plain(modelLine.recommended());
        return new CreditLimit(BigDecimal.ZERO.setScale(2), modelLine.currency(),
            declined.format(amount, modelLine.currency(), modelLine.formula()).en(),
            declined.format(amount, modelLine.currency(), modelLine.formulaZh()).zh());
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }
}
