package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a financing (domain.md, "Money and interest"): advance = face x advance rate;
 * discount interest = advance x annual rate x days / 360 (ACT/360, days from funding to due date);
 * net proceeds = advance - interest - fee; reserve = face - advance. Each amount is rounded half-up to
 * the fen per line and totals are the sums of the lines.
 */
public final class DealPricing {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(360);

    private DealPricing() {
    }

    public static PricedDeal price(DealTerms terms, List<FinancedReceivable> receivables) {
        if (receivables.isEmpty()) {
            throw new DealRuleException("receivables", "deal.rule.noReceivables", "a deal needs at least one receivable");
        }
        List<BigDecimal> advances = new ArrayList<>(receivables.size());
        for (FinancedReceivable receivable : receivables) {
            requireFinanceable(terms, receivable);
            advances.add(fen(receivable.faceAmount().multiply(terms.advanceRate())));
        }
        List<BigDecimal> fees = FeeAllocation.allocate(terms.fee(), advances);
        List<DealLine> lines = new ArrayList<>(receivables.size());
        for (int i = 0; i < receivables.size(); i++) {
            FinancedReceivable receivable = receivables.get(i);
            long days = ChronoUnit.DAYS.between(terms.fundingDate(), receivable.dueDate());
            BigDecimal advance = advances.get(i);
            BigDecimal interest = advance.multiply(terms.annualRate()).multiply(BigDecimal.valueOf(days))
                    .divide(DAYS_IN_YEAR, 2, RoundingMode.HALF_UP);
            BigDecimal fee = fees.get(i);
            BigDecimal net = advance.subtract(interest).subtract(fee);
            BigDecimal reserve = receivable.faceAmount().setScale(2, RoundingMode.UNNECESSARY).subtract(advance);
            if (net.signum() < 0) {
                throw new DealRuleException("fee", "deal.rule.feeExceedsAdvance", "receivable " + receivable.invoiceNo()
                        + ": interest " + interest + " and fee " + fee + " exceed the advance " + advance,
                        receivable.invoiceNo(), interest.toPlainString(), fee.toPlainString(), advance.toPlainString());
            }
            lines.add(new DealLine(receivable, days, advance, interest, fee, net, reserve));
        }
        return new PricedDeal(terms, List.copyOf(lines), DealTotals.of(lines));
    }

    private static void requireFinanceable(DealTerms terms, FinancedReceivable receivable) {
        String which = "receivable " + receivable.invoiceNo();
        if (receivable.faceAmount().signum() <= 0) {
            throw new DealRuleException("faceAmount", which + ": face amount must be positive");
        }
        if (receivable.faceAmount().stripTrailingZeros().scale() > 2) {
            throw new DealRuleException("faceAmount", which + ": face amount has more than two decimals");
        }
        if (!receivable.dueDate().isAfter(terms.fundingDate())) {
            throw new DealRuleException("dueDate", "deal.rule.dueNotAfterFunding", which + " is due "
                    + receivable.dueDate() + ", not after the funding date " + terms.fundingDate(),
                    receivable.invoiceNo(), receivable.dueDate().toString(), terms.fundingDate().toString());
        }
    }

    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
