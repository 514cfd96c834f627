package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;

import io.factordesk.cache.jooq.tables.records.PartyRecord;
import io.factordesk.domain.Party;
import io.factordesk.domain.Uscc;
import java.util.Optional;
import org.jooq.DSLContext;

/** Parties by USCC. Creation takes a {@link Uscc}, so an invalid code cannot reach the table. */
public final class PartyRepository {

    private final DSLContext dsl;

    public PartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Party> findByUscc(Uscc uscc) {
        return dsl.selectFrom(PARTY).where(PARTY.USCC.eq(uscc.value())).fetchOptional(PartyRepository::toParty);
    }

    static Party toParty(PartyRecord r) {
        return new Party(r.getId(), Uscc.of(r.getUscc()), r.getNameZh(), r.getNameEn(), r.getRegisteredOn(),
                r.getRegisteredCapital(), r.getIndustry(), r.getRegion(), r.getLegalRepresentative());
    }
}
