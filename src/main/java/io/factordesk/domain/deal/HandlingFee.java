package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.util.Objects;

/** The handling fee of a deal: none, a fixed amount in CNY, or a share of the advance. */
public record HandlingFee(FeeKind kind, BigDecimal value) {

    public static final HandlingFee NONE = new HandlingFee(FeeKind.NONE, BigDecimal.ZERO);

    public HandlingFee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new DealRuleException("fee", "fee must not be negative: " + value.toPlainString());
        }
        if (kind == FeeKind.PERCENT && value.compareTo(BigDecimal.ONE) >= 0) {
            throw new DealRuleException("fee", "percentage fee must be below 100%: " + value.toPlainString());
        }
        if (kind == FeeKind.FIXED && value.stripTrailingZeros().scale() > 2) {
            throw new DealRuleException("fee", "fixed fee has more than two decimals: " + value.toPlainString());
        }
        if (kind == FeeKind.NONE && value.signum() != 0) {
            throw new DealRuleException("fee", "no fee kind given for a fee of " + value.toPlainString());
        }
    }

    public static HandlingFee fixed(BigDecimal amount) {
        return new HandlingFee(FeeKind.FIXED, amount);
    }

    public static HandlingFee percent(BigDecimal share) {
        return new HandlingFee(FeeKind.PERCENT, share);
    }
}
