package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_ADDRESS;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * Creates parties with their addresses, accounts and supplier/debtor roles, inside the caller's
 * transaction. A party can only be created from a {@link Uscc}, so every stored code is valid.
 */
public final class PartyWriter {

    /** The registered facts of a legal person. */
    public record PartyRow(Uscc uscc, String nameZh, String nameEn, LocalDate registeredOn,
                           BigDecimal registeredCapital, String industry, String region,
                           String legalRepresentative, LocalDateTime createdAt) {
    }

    /** kind is REGISTERED or OPERATING. */
    public record AddressRow(String kind, String lineZh, String lineEn, String city, String postcode) {
    }

    /** purpose is OPERATING, COLLECTION or SETTLEMENT. */
    public record BankAccountRow(String bankName, String accountName, String accountNo, String purpose) {
    }

    private final DSLContext dsl;

    public PartyWriter(DSLContext transaction) {
        this.dsl = transaction;
    }

    public long insertParty(PartyRow p) {
        return dsl.insertInto(PARTY)
                .set(PARTY.USCC, p.uscc().value())
                .set(PARTY.NAME_ZH, p.nameZh())
                .set(PARTY.NAME_EN, p.nameEn())
                .set(PARTY.REGISTERED_ON, p.registeredOn())
                .set(PARTY.REGISTERED_CAPITAL, p.registeredCapital())
                .set(PARTY.INDUSTRY, p.industry())
                .set(PARTY.REGION, p.region())
                .set(PARTY.LEGAL_REPRESENTATIVE, p.legalRepresentative())
                .set(PARTY.CREATED_AT, p.createdAt())
                .returning(PARTY.ID)
                .fetchSingle(PARTY.ID);
    }

    public void insertAddress(long partyId, AddressRow a) {
        dsl.insertInto(PARTY_ADDRESS)
                .set(PARTY_ADDRESS.PARTY_ID, partyId)
                .set(PARTY_ADDRESS.KIND, a.kind())
                .set(PARTY_ADDRESS.LINE_ZH, a.lineZh())
                .set(PARTY_ADDRESS.LINE_EN, a.lineEn())
                .set(PARTY_ADDRESS.CITY, a.city())
                .set(PARTY_ADDRESS.POSTCODE, a.postcode())
                .execute();
    }

    public void insertBankAccount(long partyId, BankAccountRow b) {
        dsl.insertInto(BANK_ACCOUNT)
                .set(BANK_ACCOUNT.PARTY_ID, partyId)
                .set(BANK_ACCOUNT.BANK_NAME, b.bankName())
                .set(BANK_ACCOUNT.ACCOUNT_NAME, b.accountName())
                .set(BANK_ACCOUNT.ACCOUNT_NO, b.accountNo())
                .set(BANK_ACCOUNT.PURPOSE, b.purpose())
                .execute();
    }

    public void insertSupplier(long partyId, LocalDate onboardedOn, String status, Long officerId) {
        dsl.insertInto(SUPPLIER)
                .set(SUPPLIER.PARTY_ID, partyId)
                .set(SUPPLIER.ONBOARDED_ON, onboardedOn)
                .set(SUPPLIER.STATUS, status)
                .set(SUPPLIER.OFFICER_ID, officerId)
                .execute();
    }

    public void insertDebtor(long partyId, boolean coreEnterprise, String rating, boolean approved,
                             BigDecimal creditLimit, int paymentTermsDays) {
        dsl.insertInto(DEBTOR)
                .set(DEBTOR.PARTY_ID, partyId)
                .set(DEBTOR.CORE_ENTERPRISE, coreEnterprise)
                .set(DEBTOR.RATING, rating)
                .set(DEBTOR.APPROVED, approved)
                .set(DEBTOR.CREDIT_LIMIT, creditLimit)
                .set(DEBTOR.PAYMENT_TERMS_DAYS, paymentTermsDays)
                .execute();
    }

    public void insertRelation(long partyId, long relatedPartyId, String kind) {
        dsl.insertInto(PARTY_RELATION)
                .set(PARTY_RELATION.PARTY_ID, partyId)
                .set(PARTY_RELATION.RELATED_PARTY_ID, relatedPartyId)
                .set(PARTY_RELATION.KIND, kind)
                .execute();
    }
}
