package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.CONTRACT;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_ADDRESS;

import io.factordesk.domain.PartyContact;
import io.factordesk.domain.Uscc;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Generated contract files with their SHA-256, and the party details a contract prints. */
public final class ContractRepository {

    private final DSLContext dsl;

    public ContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long dealId, String contractNo, String language, String sha256, String filePath,
                       LocalDateTime generatedAt, long officerId) {
        return dsl.insertInto(CONTRACT)
                .set(CONTRACT.DEAL_ID, dealId)
                .set(CONTRACT.CONTRACT_NO, contractNo)
                .set(CONTRACT.LANGUAGE, language)
                .set(CONTRACT.SHA256, sha256)
                .set(CONTRACT.FILE_PATH, filePath)
                .set(CONTRACT.GENERATED_AT, generatedAt)
                .set(CONTRACT.GENERATED_BY, officerId)
                .returning(CONTRACT.ID)
                .fetchOne(CONTRACT.ID);
    }

    /** Registered address and the collection (else operating) account of a party. */
    public Optional<PartyContact> contact(Uscc uscc) {
        return dsl.select(PARTY.ID, PARTY.NAME_ZH, PARTY.NAME_EN).from(PARTY)
                .where(PARTY.USCC.eq(uscc.value()))
                .fetchOptional()
                .map(party -> {
                    long id = party.value1();
                    var addressRow = dsl.select(PARTY_ADDRESS.LINE_ZH, PARTY_ADDRESS.LINE_EN).from(PARTY_ADDRESS)
                            .where(PARTY_ADDRESS.PARTY_ID.eq(id))
                            .orderBy(DSL.when(PARTY_ADDRESS.KIND.eq("REGISTERED"), 0).otherwise(1), PARTY_ADDRESS.ID)
                            .limit(1).fetchOptional();
                    var account = dsl.select(BANK_ACCOUNT.BANK_NAME, BANK_ACCOUNT.ACCOUNT_NAME,
                                    BANK_ACCOUNT.ACCOUNT_NO).from(BANK_ACCOUNT)
                            .where(BANK_ACCOUNT.PARTY_ID.eq(id))
                            .orderBy(DSL.when(BANK_ACCOUNT.PURPOSE.eq("COLLECTION"), 0).otherwise(1), BANK_ACCOUNT.ID)
                            .limit(1).fetchOptional();
                    return new PartyContact(uscc, party.value2(), party.value3(),
                            addressRow.map(a -> a.value1()).orElse(""), addressRow.map(a -> a.value2()).orElse(null),
                            account.map(a -> a.value1()).orElse(null), account.map(a -> a.value2()).orElse(null),
                            account.map(a -> a.value3()).orElse(null));
                });
    }
}
