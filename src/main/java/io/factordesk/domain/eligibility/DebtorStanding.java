package io.factordesk.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A debtor as the rules see it: approval and limit, its unpaid balance across all suppliers and the part
 * of that balance more than the cross-aging days past due.
 */
public record DebtorStanding(DebtorProfile profile, BigDecimal balance, BigDecimal balanceOverCrossAgingDays) {

    public String name() {
        return profile.name();
    }

    public boolean approved() {
        return profile.approved();
    }

    public BigDecimal creditLimit() {
        return profile.creditLimit();
    }

    public BigDecimal overdueShare() {
        return balance.signum() == 0 ? BigDecimal.ZERO
                : balanceOverCrossAgingDays.divide(balance, 6, RoundingMode.HALF_UP);
    }

    public boolean overLimit() {
        return creditLimit() != null && balance.compareTo(creditLimit()) > 0;
    }
}
