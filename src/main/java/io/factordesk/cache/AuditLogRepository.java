package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.AUDIT_LOG;

import io.factordesk.domain.AuditEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Append-only audit trail; rows are never updated or deleted. */
public final class AuditLogRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public AuditLogRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Appends within the caller's transaction when given that transaction's context. */
    public long append(DSLContext tx, String officerLogin, String action, String entity, Long entityId,
                       String detail) {
        return tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, LocalDateTime.now(clock))
                .set(AUDIT_LOG.OFFICER_LOGIN, officerLogin)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .returning(AUDIT_LOG.ID)
                .fetchOne(AUDIT_LOG.ID);
    }

    public long append(String officerLogin, String action, String entity, Long entityId, String detail) {
        return append(dsl, officerLogin, action, entity, entityId, detail);
    }

    public List<AuditEntry> forEntity(String entity, long entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getOfficerLogin(), r.getAction(),
                        r.getEntity(), r.getEntityId(), r.getDetail()));
    }
}
