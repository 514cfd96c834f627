package io.factordesk.domain;

/** A debtor as a filter choice: id, registered names and USCC. */
public record DebtorChoice(long id, String nameZh, String nameEn, Uscc uscc) {

    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
