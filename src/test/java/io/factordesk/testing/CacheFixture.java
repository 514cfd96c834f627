package io.factordesk.testing;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.OFFICER;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;

import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/** A hand-made small portfolio for service tests, written straight through jOOQ. */
public final class CacheFixture {

    public static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 1, 9, 0);
    private final DSLContext dsl;
    private int partySerial;
    private int invoiceSerial;

    public CacheFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long officer(String login, OfficerRole role, String limit) {
        return dsl.insertInto(OFFICER)
                .set(OFFICER.LOGIN, login).set(OFFICER.DISPLAY_NAME, login).set(OFFICER.ROLE, role.name())
                .set(OFFICER.AUTHORITY_LIMIT, new BigDecimal(limit)).set(OFFICER.PASSWORD_HASH, "not-used")
                .returning(OFFICER.ID).fetchOne(OFFICER.ID);
    }

    public Uscc newUscc() {
        partySerial++;
        return Uscc.complete(String.format("91320500MA%07d", partySerial));
    }

    public long party(Uscc uscc, String name) {
        return dsl.insertInto(PARTY)
                .set(PARTY.USCC, uscc.value()).set(PARTY.NAME_ZH, name).set(PARTY.NAME_EN, name + " Ltd")
                .set(PARTY.CREATED_AT, CREATED)
                .returning(PARTY.ID).fetchOne(PARTY.ID);
    }

    public long supplier(Uscc uscc, String name) {
        long id = party(uscc, name);
        dsl.insertInto(SUPPLIER).set(SUPPLIER.PARTY_ID, id).set(SUPPLIER.ONBOARDED_ON, LocalDate.of(2024, 1, 1))
                .set(SUPPLIER.STATUS, "ACTIVE").execute();
        return id;
    }

    public long debtor(String name, boolean core, boolean approved, String limit) {
        long id = party(newUscc(), name);
        dsl.insertInto(DEBTOR).set(DEBTOR.PARTY_ID, id).set(DEBTOR.CORE_ENTERPRISE, core)
                .set(DEBTOR.APPROVED, approved).set(DEBTOR.CREDIT_LIMIT, limit == null ? null : new BigDecimal(limit))
                .set(DEBTOR.RATING, "A").set(DEBTOR.PAYMENT_TERMS_DAYS, 90).execute();
        return id;
    }

    public long receivable(long supplierId, long debtorId, String face, LocalDate issue, LocalDate due) {
        return receivable(supplierId, debtorId, face, issue, due, ReceivableStatus.OPEN);
    }

    public long receivable(long supplierId, long debtorId, String face, LocalDate issue, LocalDate due,
                           ReceivableStatus status) {
        invoiceSerial++;
        return dsl.insertInto(RECEIVABLE)
                .set(RECEIVABLE.SUPPLIER_ID, supplierId).set(RECEIVABLE.DEBTOR_ID, debtorId)
                .set(RECEIVABLE.INVOICE_CODE, "3200261130").set(RECEIVABLE.INVOICE_NO, String.format("%08d", invoiceSerial))
                .set(RECEIVABLE.ISSUE_DATE, issue).set(RECEIVABLE.DUE_DATE, due)
                .set(RECEIVABLE.FACE_AMOUNT, new BigDecimal(face)).set(RECEIVABLE.STATUS, status.name())
                .set(RECEIVABLE.CONTRACT_REF, "PO-" + invoiceSerial).set(RECEIVABLE.CREATED_AT, CREATED)
                .returning(RECEIVABLE.ID).fetchOne(RECEIVABLE.ID);
    }
}
