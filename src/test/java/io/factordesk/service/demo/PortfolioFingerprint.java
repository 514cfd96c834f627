package io.factordesk.service.demo;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.OFFICER;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_ADDRESS;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;

import io.factordesk.cache.jooq.tables.Party;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** SHA-256 over the demo content in a fixed order, with surrogate ids replaced by USCCs and logins. */
final class PortfolioFingerprint {

    private static final Party SP = PARTY.as("sp");
    private static final Party DP = PARTY.as("dp");

    private PortfolioFingerprint() {
    }

    static String of(DSLContext dsl) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        feed(digest, dsl.select(OFFICER.LOGIN, OFFICER.DISPLAY_NAME, OFFICER.ROLE, OFFICER.AUTHORITY_LIMIT,
                OFFICER.PASSWORD_HASH).from(OFFICER).orderBy(OFFICER.LOGIN).fetch());
        feed(digest, dsl.select(PARTY.USCC, PARTY.NAME_ZH, PARTY.NAME_EN, PARTY.REGISTERED_ON,
                PARTY.REGISTERED_CAPITAL, PARTY.INDUSTRY, PARTY.REGION, PARTY.LEGAL_REPRESENTATIVE, PARTY.CREATED_AT)
                .from(PARTY).orderBy(PARTY.USCC).fetch());
        feed(digest, dsl.select(PARTY.USCC, PARTY_ADDRESS.KIND, PARTY_ADDRESS.LINE_ZH, PARTY_ADDRESS.LINE_EN,
                PARTY_ADDRESS.POSTCODE).from(PARTY_ADDRESS).join(PARTY).on(PARTY.ID.eq(PARTY_ADDRESS.PARTY_ID))
                .orderBy(PARTY.USCC, PARTY_ADDRESS.KIND, PARTY_ADDRESS.LINE_ZH).fetch());
        feed(digest, dsl.select(PARTY.USCC, BANK_ACCOUNT.BANK_NAME, BANK_ACCOUNT.ACCOUNT_NO, BANK_ACCOUNT.PURPOSE)
                .from(BANK_ACCOUNT).join(PARTY).on(PARTY.ID.eq(BANK_ACCOUNT.PARTY_ID))
                .orderBy(PARTY.USCC, BANK_ACCOUNT.ACCOUNT_NO).fetch());
        feed(digest, dsl.select(PARTY.USCC, SUPPLIER.ONBOARDED_ON, SUPPLIER.STATUS).from(SUPPLIER)
                .join(PARTY).on(PARTY.ID.eq(SUPPLIER.PARTY_ID)).orderBy(PARTY.USCC).fetch());
        feed(digest, dsl.select(PARTY.USCC, DEBTOR.CORE_ENTERPRISE, DEBTOR.RATING, DEBTOR.APPROVED,
                DEBTOR.CREDIT_LIMIT, DEBTOR.PAYMENT_TERMS_DAYS).from(DEBTOR)
                .join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID)).orderBy(PARTY.USCC).fetch());
        feed(digest, dsl.select(SP.USCC, DP.USCC, PARTY_RELATION.KIND).from(PARTY_RELATION)
                .join(SP).on(SP.ID.eq(PARTY_RELATION.PARTY_ID)).join(DP).on(DP.ID.eq(PARTY_RELATION.RELATED_PARTY_ID))
                .orderBy(SP.USCC, DP.USCC).fetch());
        feed(digest, dsl.select(SP.USCC, DP.USCC, TRADING_MONTH.MONTH_START, TRADING_MONTH.SALES,
                TRADING_MONTH.RETURNS_AMOUNT, TRADING_MONTH.DISPUTES_AMOUNT, TRADING_MONTH.INVOICE_COUNT)
                .from(TRADING_MONTH).join(SP).on(SP.ID.eq(TRADING_MONTH.SUPPLIER_ID))
                .join(DP).on(DP.ID.eq(TRADING_MONTH.DEBTOR_ID))
                .orderBy(SP.USCC, DP.USCC, TRADING_MONTH.MONTH_START).fetch());
        feed(digest, dsl.select(SP.USCC, DP.USCC, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO,
                RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT, RECEIVABLE.CURRENCY,
                RECEIVABLE.CONTRACT_REF, RECEIVABLE.STATUS, RECEIVABLE.PAID_AMOUNT, RECEIVABLE.PAID_ON,
                RECEIVABLE.DISPUTED, RECEIVABLE.DISPUTE_REASON, RECEIVABLE.CREDIT_NOTE_AMOUNT,
                RECEIVABLE.CREDIT_NOTE_REF, RECEIVABLE.VERIFIED_AT, RECEIVABLE.VERIFICATION_DOCUMENT,
                RECEIVABLE.CREATED_AT)
                .from(RECEIVABLE).join(SP).on(SP.ID.eq(RECEIVABLE.SUPPLIER_ID)).join(DP).on(DP.ID.eq(RECEIVABLE.DEBTOR_ID))
                .orderBy(SP.USCC, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO, DP.USCC).fetch());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void feed(MessageDigest digest, Result<? extends Record> rows) {
        for (Record row : rows) {
            digest.update(row.intoList().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        digest.update((byte) 0);
    }
}
