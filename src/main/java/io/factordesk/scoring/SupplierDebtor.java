package io.factordesk.scoring;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One of the supplier's debtors, filled from debtor + party: its rating (debtor.rating, e.g. "AA",
 * "BBB-", null when unrated) and core_enterprise flag; inDefault (rating D, or the eligibility
 * review's CROSS_AGING: more than 10% of its balance over 90 days past due); relatedParty (a
 * party_relation row between supplier and debtor); sellsToSupplier (a trading_month or receivable
 * with the roles swapped); creditLimit, the headroom on that debtor available to this supplier
 * (debtor.credit_limit less exposure used elsewhere, null when none); its address lines and bank
 * account numbers. debtorId is the id used in the trading months and receivables.
 */
public record SupplierDebtor(long debtorId, Uscc uscc, String name, String rating, boolean coreEnterprise,
                             boolean inDefault, boolean relatedParty, boolean sellsToSupplier,
                             BigDecimal creditLimit, List<String> addresses, List<String> bankAccounts) {

    public SupplierDebtor {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        addresses = List.copyOf(addresses);
        bankAccounts = List.copyOf(bankAccounts);
    }
}
