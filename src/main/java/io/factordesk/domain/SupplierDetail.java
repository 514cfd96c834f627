package io.factordesk.domain;

import java.util.List;

/** What the supplier detail pane shows. */
public record SupplierDetail(SupplierSummary summary, Party party, List<Address> addresses,
                             List<BankAccount> bankAccounts, List<TradingMonth> tradingHistory) {

    public record Address(String kind, String lineZh, String lineEn, String city, String postcode) {
    }

    public record BankAccount(String bankName, String accountName, String accountNo, String currency,
                              String purpose) {
    }
}
