package io.factordesk.contracts;

import java.util.Objects;

/** A settlement account: account holder, bank (and branch) and account number. */
public record BankAccount(String holder, String bank, String number) {

    public BankAccount {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(number, "number");
    }
}
