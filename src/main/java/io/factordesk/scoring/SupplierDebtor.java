package io.factordesk.scoring;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One of the supplier's debtors: its rating (debtor.rating, e.g. "AA", "BBB-", null when unrated),
 * whether it is in default, related to the supplier (party_relation), itself selling to the supplier
 * (a trading_month row with the roles swapped), its credit limit (null when none) and its addresses
 * and bank accounts. debtorId is the id used in the trading months and receivables.
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
