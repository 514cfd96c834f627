package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.OFFICER;

import io.factordesk.cache.jooq.tables.records.OfficerRecord;
import io.factordesk.domain.Officer;
import io.factordesk.domain.OfficerRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Officers and their password hashes (hashing itself lives in the security package). */
public final class OfficerRepository {

    private final DSLContext dsl;

    public OfficerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String login, String displayName, OfficerRole role, BigDecimal authorityLimit,
                       String passwordHash) {
        return dsl.insertInto(OFFICER)
                .set(OFFICER.LOGIN, login)
                .set(OFFICER.DISPLAY_NAME, displayName)
                .set(OFFICER.ROLE, role.name())
                .set(OFFICER.AUTHORITY_LIMIT, authorityLimit)
                .set(OFFICER.PASSWORD_HASH, passwordHash)
                .returning(OFFICER.ID)
                .fetchOne(OFFICER.ID);
    }

    public Optional<Officer> findByLogin(String login) {
        return dsl.selectFrom(OFFICER).where(OFFICER.LOGIN.eq(login)).fetchOptional(OfficerRepository::toOfficer);
    }

    public Optional<String> passwordHash(String login) {
        return dsl.select(OFFICER.PASSWORD_HASH).from(OFFICER).where(OFFICER.LOGIN.eq(login))
                .fetchOptional(OFFICER.PASSWORD_HASH);
    }

    public List<Officer> all() {
        return dsl.selectFrom(OFFICER).orderBy(OFFICER.LOGIN).fetch(OfficerRepository::toOfficer);
    }

    private static Officer toOfficer(OfficerRecord r) {
        return new Officer(r.getId(), r.getLogin(), r.getDisplayName(), OfficerRole.valueOf(r.getRole()),
                r.getAuthorityLimit(), r.getActive());
    }
}
