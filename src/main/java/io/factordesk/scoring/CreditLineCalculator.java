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

    private final Policy.Limit policy;

    CreditLineCalculator(Policy.Limit policy) {
        this.policy = policy;
    }

    CreditLimit modelLine(CreditCheckInput input, TradingFigures figures, Grade grade) {
        Map<Long, DebtorStanding> debtors = new HashMap<>();
        input.debtors().forEach(d -> debtors.put(d.debtorId(), d));
        BigDecimal multiple = BigDecimal.valueOf(grade.limitMultiple());
        BigDecimal monthlyEligible = BigDecimal.ZERO;
        BigDecimal debtorCapped = BigDecimal.ZERO;
        for (Map.Entry<Long, double[]> entry : figures.windowByDebtor().entrySet()) {
            DebtorStanding debtor = debtors.get(entry.getKey());
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
        String formula = String.format(java.util.Locale.ROOT,
            "%s (grade %s multiple) x %s (average monthly eligible sales over %d months) = %s; "
                + "capped by debtor limits: %s; capped by policy maximum %s: %s %s",
            multiple.toPlainString(), grade.name(), plain(monthlyEligible), figures.windowMonths(), plain(uncapped),
            plain(debtorCapped), plain(policy.maxLimit()), plain(recommended), policy.currency());
        return new CreditLimit(recommended, policy.currency(), formula);
    }

    CreditLimit declined(CreditLimit modelLine) {
        return new CreditLimit(BigDecimal.ZERO.setScale(2), modelLine.currency(),
            "DECLINE: no line offered (model line would be " + plain(modelLine.recommended()) + " "
                + modelLine.currency() + ": " + modelLine.formula() + ")");
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }
}
