package io.factordesk.service.demo;

import io.factordesk.cache.OfficerRepository;
import io.factordesk.domain.OfficerRole;
import io.factordesk.security.PasswordHasher;
import java.math.BigDecimal;

/** The two demo accounts documented in the README; password "demo", salted from the seed. */
final class DemoOfficers {

    static final String OFFICER_LOGIN = "demo.officer";
    static final String APPROVER_LOGIN = "demo.approver";
    static final String PASSWORD = "demo";

    private DemoOfficers() {
    }

    /** Creates both accounts and returns the officer's id (the one who verified the demo invoices). */
    static long create(OfficerRepository officers, PasswordHasher hasher, long seed) {
        long officerId = officers.insert(OFFICER_LOGIN, "王晓明", OfficerRole.OFFICER,
                new BigDecimal("5000000.00"), hasher.hashForDemo(PASSWORD.toCharArray(), seed, OFFICER_LOGIN));
        officers.insert(APPROVER_LOGIN, "李静", OfficerRole.APPROVER, new BigDecimal("50000000.00"),
                hasher.hashForDemo(PASSWORD.toCharArray(), seed, APPROVER_LOGIN));
        return officerId;
    }
}
