package io.factordesk.domain.credit;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A party as a credit check reads it: registration facts and the address lines and bank account numbers
 * compared for round-tripping. registeredOn and registeredCapital are null when unknown.
 */
public record CreditParty(long partyId, Uscc uscc, String name, LocalDate registeredOn, BigDecimal registeredCapital,
                          String industry, String region, List<String> addresses, List<String> bankAccounts) {

    public CreditParty {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        addresses = List.copyOf(addresses);
        bankAccounts = List.copyOf(bankAccounts);
    }
}
