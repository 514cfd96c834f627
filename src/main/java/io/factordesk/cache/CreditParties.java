package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_ADDRESS;

import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.CreditParty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Registration facts, address lines and bank account numbers of many parties, read in three queries. */
final class CreditParties {

    private final Map<Long, CreditParty> byId;

    private CreditParties(Map<Long, CreditParty> byId) {
        this.byId = byId;
    }

    /** @param partyIds the parties to read; null reads every party */
    static CreditParties read(DSLContext dsl, Set<Long> partyIds) {
        Map<Long, List<String>> addresses = new HashMap<>();
        dsl.select(PARTY_ADDRESS.PARTY_ID, PARTY_ADDRESS.LINE_ZH).from(PARTY_ADDRESS)
                .where(among(PARTY_ADDRESS.PARTY_ID, partyIds)).orderBy(PARTY_ADDRESS.ID)
                .forEach(r -> addresses.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<String>> accounts = new HashMap<>();
        dsl.select(BANK_ACCOUNT.PARTY_ID, BANK_ACCOUNT.ACCOUNT_NO).from(BANK_ACCOUNT)
                .where(among(BANK_ACCOUNT.PARTY_ID, partyIds)).orderBy(BANK_ACCOUNT.ID)
                .forEach(r -> accounts.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, CreditParty> parties = new HashMap<>();
        dsl.select(PARTY.ID, PARTY.USCC, PARTY.NAME_ZH, PARTY.REGISTERED_ON, PARTY.REGISTERED_CAPITAL,
                        PARTY.INDUSTRY, PARTY.REGION)
                .from(PARTY).where(among(PARTY.ID, partyIds))
                .forEach(r -> parties.put(r.value1(), new CreditParty(r.value1(), Uscc.of(r.value2()), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(),
                        addresses.getOrDefault(r.value1(), List.of()), accounts.getOrDefault(r.value1(), List.of()))));
        return new CreditParties(parties);
    }

    CreditParty party(long id) {
        CreditParty party = byId.get(id);
        if (party == null) {
            throw new IllegalStateException("party " + id + " is referenced but missing from the cache");
        }
        return party;
    }

    static Condition among(Field<Long> column, Set<Long> ids) {
        return ids == null ? DSL.noCondition() : column.in(ids);
    }
}
