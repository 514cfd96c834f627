package io.factordesk.contracts;

import java.util.Objects;
import java.util.Optional;

/** A party as the contracts name it: legal name, USCC, registered address and, for factor and supplier, an account. */
public record ContractParty(String name, String uscc, String address, BankAccount account) {

    public ContractParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(address, "address");
    }

    /** A debtor: named with its USCC and address; it pays, so the contracts need no account of its own. */
    public static ContractParty debtor(String name, String uscc, String address) {
        return new ContractParty(name, uscc, address, null);
    }

    public Optional<BankAccount> bankAccount() {
        return Optional.ofNullable(account);
    }
}
