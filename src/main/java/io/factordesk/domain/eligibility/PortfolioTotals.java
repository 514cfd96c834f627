package io.factordesk.domain.eligibility;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the whole portfolio says about each debtor, in fen: its unpaid balance, the part of it more than
 * the cross-aging days past due, and its share of the financed book.
 */
final class PortfolioTotals {

    private final long[] balance;
    private final long[] overCrossAging;
    private final boolean[] owes;
    private final boolean[] owesOverCrossAging;
    private final long[] financed;
    private long financedTotal;

    PortfolioTotals(ReceivableBook book, EligibilitySettings settings, LocalDate asOf) {
        int debtors = book.debtors().size();
        balance = new long[debtors];
        overCrossAging = new long[debtors];
        owes = new boolean[debtors];
        owesOverCrossAging = new boolean[debtors];
        financed = new long[debtors];
        long crossAgedBefore = asOf.toEpochDay() - settings.crossAgingDays();
        for (int row = 0; row < book.size(); row++) {
            if (!book.unpaid(row)) {
                continue;
            }
            int d = book.debtorIndex(row);
            long outstanding = book.outstandingFen(row);
            if (book.status(row) == ReceivableStatus.FINANCED) {
                financed[d] = Math.addExact(financed[d], outstanding);
                financedTotal = Math.addExact(financedTotal, outstanding);
            }
            balance[d] = Math.addExact(balance[d], outstanding);
            owes[d] = true;
            if (book.dueDay(row) < crossAgedBefore) {
                overCrossAging[d] = Math.addExact(overCrossAging[d], outstanding);
                owesOverCrossAging[d] = true;
            }
        }
    }

    DebtorStanding standing(int debtor, DebtorProfile profile) {
        return new DebtorStanding(profile, owes[debtor] ? ReceivableBook.amount(balance[debtor]) : BigDecimal.ZERO,
                owesOverCrossAging[debtor] ? ReceivableBook.amount(overCrossAging[debtor]) : BigDecimal.ZERO);
    }

    BigDecimal financed(int debtor) {
        return ReceivableBook.amount(financed[debtor]);
    }

    BigDecimal financedTotal() {
        return ReceivableBook.amount(financedTotal);
    }
}
