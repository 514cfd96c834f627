package io.factordesk.domain;

/**
 * How a contract names a party: registered names and address in both languages and, where it has one,
 * the account receivables are paid into (collection account, else its operating account).
 */
public record PartyContact(Uscc uscc, String nameZh, String nameEn, String addressZh, String addressEn,
                           String bankName, String accountName, String accountNo) {

    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public String address(boolean english) {
        return english && addressEn != null && !addressEn.isBlank() ? addressEn : addressZh;
    }

    public boolean hasAccount() {
        return accountNo != null;
    }
}
