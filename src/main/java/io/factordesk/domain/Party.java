package io.factordesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A legal person known to the cache, identified by its USCC. */
public record Party(long id, Uscc uscc, String nameZh, String nameEn, LocalDate registeredOn,
                    BigDecimal registeredCapital, String industry, String region, String legalRepresentative) {

    /** The name to show in the given language, falling back to the Chinese registered name. */
    public String displayName(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
