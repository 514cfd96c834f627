package io.factordesk.scoring;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The supplier as the engine sees it: party columns, plus its address lines and bank account
 * numbers (party_address.line_zh, bank_account.account_no) for the round-tripping screen.
 * registeredOn and registeredCapital may be null when unknown.
 */
public record SupplierProfile(Uscc uscc, String name, LocalDate registeredOn, BigDecimal registeredCapital,
                              String industry, String region, List<String> addresses, List<String> bankAccounts) {

    public SupplierProfile {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        addresses = List.copyOf(addresses);
        bankAccounts = List.copyOf(bankAccounts);
    }
}
