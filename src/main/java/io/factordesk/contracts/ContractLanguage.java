package io.factordesk.contracts;

import java.util.Locale;

/** The language of a contract set; each has its own label bundle (contracts/contract_zh|en.properties). */
public enum ContractLanguage {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.UK, "en-GB");

    private final Locale locale;
    private final String languageTag;

    ContractLanguage(Locale locale, String languageTag) {
        this.locale = locale;
        this.languageTag = languageTag;
    }

    public Locale locale() {
        return locale;
    }

    /** BCP 47 tag for the PDF's /Lang entry. */
    public String languageTag() {
        return languageTag;
    }
}
