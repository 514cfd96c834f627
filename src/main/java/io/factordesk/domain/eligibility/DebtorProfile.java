package io.factordesk.domain.eligibility;

import java.math.BigDecimal;

/** What the cache knows of a debtor before the scan: approval, limit, and whether it is the core enterprise. */
public record DebtorProfile(long debtorId, String name, boolean approved, BigDecimal creditLimit,
                            boolean coreEnterprise) {
}
