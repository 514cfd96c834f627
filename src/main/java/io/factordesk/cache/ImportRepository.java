package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.IMPORT_MAPPING;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;

import io.factordesk.domain.Uscc;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What a receivables import reads and writes: the parties it may refer to, parties it creates after
 * the officer confirmed, the receivables themselves in batches, and each supplier's column mapping.
 */
public final class ImportRepository {

    /** A party already in the cache and the roles it has. */
    public record KnownParty(long id, boolean supplier, boolean debtor) {
    }

    private final DSLContext dsl;

    public ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every party by USCC: a few thousand at most, so one query beats a lookup per row. */
    public Map<Uscc, KnownParty> knownParties() {
        Map<Uscc, KnownParty> parties = new HashMap<>();
        dsl.select(PARTY.ID, PARTY.USCC, SUPPLIER.PARTY_ID, DEBTOR.PARTY_ID)
                .from(PARTY)
                .leftJoin(SUPPLIER).on(SUPPLIER.PARTY_ID.eq(PARTY.ID))
                .leftJoin(DEBTOR).on(DEBTOR.PARTY_ID.eq(PARTY.ID))
                .forEach(r -> parties.put(Uscc.of(r.value2()),
                        new KnownParty(r.value1(), r.value3() != null, r.value4() != null)));
        return parties;
    }

    public long createParty(Uscc uscc, String nameZh, LocalDateTime createdAt) {
        return dsl.insertInto(PARTY)
                .set(PARTY.USCC, uscc.value())
                .set(PARTY.NAME_ZH, nameZh)
                .set(PARTY.CREATED_AT, createdAt)
                .returning(PARTY.ID)
                .fetchSingle(PARTY.ID);
    }

    /** A supplier created by an import is a prospect until the officer onboards it. */
    public void addSupplierRole(long partyId, LocalDate onboardedOn) {
        dsl.insertInto(SUPPLIER)
                .set(SUPPLIER.PARTY_ID, partyId)
                .set(SUPPLIER.ONBOARDED_ON, onboardedOn)
                .set(SUPPLIER.STATUS, "PROSPECT")
                .execute();
    }

    /** A debtor created by an import is not approved, so its receivables stay ineligible until reviewed. */
    public void addDebtorRole(long partyId) {
        dsl.insertInto(DEBTOR)
                .set(DEBTOR.PARTY_ID, partyId)
                .set(DEBTOR.APPROVED, false)
                .set(DEBTOR.CORE_ENTERPRISE, false)
                .execute();
    }

    /** Receivables in the cache: H2 answers an unfiltered count from the primary index's size. */
    public long receivableCount() {
        return dsl.fetchCount(RECEIVABLE);
    }

    /** The lookup indexes a bulk import may rebuild instead of maintaining them row by row. */
    public ReceivableLookupIndexes lookupIndexes() {
        return new ReceivableLookupIndexes(dsl);
    }

    public ImportedReceivables receivables(LocalDateTime createdAt, int batchSize) {
        return new ImportedReceivables(dsl, createdAt, batchSize);
    }

    /** Normalised header → field id, as remembered for a supplier. */
    public Map<String, String> mappingOf(long supplierId) {
        Map<String, String> mapping = new LinkedHashMap<>();
        dsl.select(IMPORT_MAPPING.HEADER, IMPORT_MAPPING.FIELD)
                .from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.SUPPLIER_ID.eq(supplierId))
                .orderBy(IMPORT_MAPPING.HEADER)
                .forEach(r -> mapping.put(r.value1(), r.value2()));
        return mapping;
    }

    /** Remembers each header's field, replacing what was remembered for the same header. */
    public void rememberMapping(long supplierId, Map<String, String> headerToField) {
        headerToField.forEach((header, field) -> {
            int updated = dsl.update(IMPORT_MAPPING)
                    .set(IMPORT_MAPPING.FIELD, field)
                    .set(IMPORT_MAPPING.VERSION, IMPORT_MAPPING.VERSION.plus(1))
                    .where(IMPORT_MAPPING.SUPPLIER_ID.eq(supplierId).and(IMPORT_MAPPING.HEADER.eq(header)))
                    .and(IMPORT_MAPPING.FIELD.ne(field))
                    .execute();
            if (updated == 0) {
                dsl.insertInto(IMPORT_MAPPING)
                        .set(IMPORT_MAPPING.SUPPLIER_ID, supplierId)
                        .set(IMPORT_MAPPING.HEADER, header)
                        .set(IMPORT_MAPPING.FIELD, field)
                        .onDuplicateKeyIgnore()
                        .execute();
            }
        });
    }
}
