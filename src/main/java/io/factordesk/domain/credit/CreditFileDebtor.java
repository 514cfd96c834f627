package io.factordesk.domain.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the supplier's debtors in a credit file. inDefault: rated D, or its balance failed the
 * eligibility review's cross-aging rule. limitHeadroom: the debtor's credit limit less what is financed
 * on it for other suppliers (never below zero); null when the debtor has no limit.
 */
public record CreditFileDebtor(CreditParty party, String rating, boolean coreEnterprise, boolean inDefault,
                               boolean relatedParty, boolean sellsToSupplier, BigDecimal limitHeadroom) {

    public CreditFileDebtor {
        Objects.requireNonNull(party, "party");
    }
}
