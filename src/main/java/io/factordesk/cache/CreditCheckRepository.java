package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.AUDIT_LOG;
import static io.factordesk.cache.jooq.Tables.CREDIT_CHECK;
import static io.factordesk.cache.jooq.Tables.OFFICER;

import io.factordesk.domain.credit.CreditOverride;
import io.factordesk.domain.credit.LatestCheck;
import io.factordesk.domain.credit.StoredCreditCheck;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The credit_check table: every check run, with the model that ran it. Rows are only added; the one
 * change allowed is the officer's override, once, guarded by the row version.
 */
public final class CreditCheckRepository {

    /** The audit action of an override; history reads who overrode and when from it. */
    public static final String OVERRIDE_ACTION = "CREDIT_OVERRIDE";
    public static final String ENTITY = "credit_check";

    private final DSLContext dsl;

    public CreditCheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the check (its id, login, override and version are ignored) and returns the new id. */
    public long insert(StoredCreditCheck check) {
        return dsl.insertInto(CREDIT_CHECK)
                .set(CREDIT_CHECK.SUPPLIER_ID, check.supplierId())
                .set(CREDIT_CHECK.CHECKED_AT, check.checkedAt())
                .set(CREDIT_CHECK.OFFICER_ID, check.officerId())
                .set(CREDIT_CHECK.MODEL_ID, check.modelId())
                .set(CREDIT_CHECK.MODEL_VERSION, check.modelVersion())
                .set(CREDIT_CHECK.MODEL_SHA256, check.modelSha256())
                .set(CREDIT_CHECK.SCORE, check.score())
                .set(CREDIT_CHECK.PD, check.pd())
                .set(CREDIT_CHECK.GRADE, check.grade())
                .set(CREDIT_CHECK.DECISION, check.decision())
                .set(CREDIT_CHECK.RECOMMENDED_LIMIT, check.recommendedLimit())
                .set(CREDIT_CHECK.ANNUAL_RATE, check.annualRate())
                .set(CREDIT_CHECK.ADVANCE_RATE, check.advanceRate())
                .set(CREDIT_CHECK.RESULT_JSON, check.resultJson())
                .returning(CREDIT_CHECK.ID)
                .fetchOne(CREDIT_CHECK.ID);
    }

    /** The supplier's checks, newest first, with the officer's login and any override. */
    public List<StoredCreditCheck> history(long supplierId) {
        return withOfficerAndOverride()
                .where(CREDIT_CHECK.SUPPLIER_ID.eq(supplierId))
                .orderBy(CREDIT_CHECK.CHECKED_AT.desc(), CREDIT_CHECK.ID.desc())
                .fetch(CreditCheckRepository::toCheck);
    }

    public Optional<StoredCreditCheck> find(long checkId) {
        return withOfficerAndOverride().where(CREDIT_CHECK.ID.eq(checkId)).fetchOptional(CreditCheckRepository::toCheck);
    }

    /**
     * Records the override if nobody changed the row since it was read at that version and it has none yet;
     * false otherwise.
     */
    public boolean override(long checkId, int version, String decision, String justification) {
        return dsl.update(CREDIT_CHECK)
                .set(CREDIT_CHECK.OVERRIDE_DECISION, decision)
                .set(CREDIT_CHECK.OVERRIDE_REASON, justification)
                .set(CREDIT_CHECK.VERSION, version + 1)
                .where(CREDIT_CHECK.ID.eq(checkId).and(CREDIT_CHECK.VERSION.eq(version))
                        .and(CREDIT_CHECK.OVERRIDE_DECISION.isNull()))
                .execute() == 1;
    }

    /** The newest check of every supplier that has one (the portfolio's current picture). */
    public List<LatestCheck> latestPerSupplier() {
        var newest = DSL.select(CREDIT_CHECK.SUPPLIER_ID, DSL.max(CREDIT_CHECK.ID).as("newest_id"))
                .from(CREDIT_CHECK).groupBy(CREDIT_CHECK.SUPPLIER_ID).asTable("newest");
        return dsl.select(CREDIT_CHECK.SUPPLIER_ID, CREDIT_CHECK.SCORE, CREDIT_CHECK.GRADE, CREDIT_CHECK.DECISION,
                        CREDIT_CHECK.OVERRIDE_DECISION)
                .from(CREDIT_CHECK)
                .join(newest).on(CREDIT_CHECK.ID.eq(newest.field("newest_id", Long.class)))
                .orderBy(CREDIT_CHECK.SUPPLIER_ID)
                .fetch(r -> new LatestCheck(r.get(CREDIT_CHECK.SUPPLIER_ID), r.get(CREDIT_CHECK.SCORE),
                        r.get(CREDIT_CHECK.GRADE), r.get(CREDIT_CHECK.DECISION), r.get(CREDIT_CHECK.OVERRIDE_DECISION)));
    }

    private org.jooq.SelectOnConditionStep<Record> withOfficerAndOverride() {
        return dsl.select(CREDIT_CHECK.fields()).select(OFFICER.LOGIN, AUDIT_LOG.OFFICER_LOGIN, AUDIT_LOG.OCCURRED_AT)
                .from(CREDIT_CHECK)
                .leftJoin(OFFICER).on(OFFICER.ID.eq(CREDIT_CHECK.OFFICER_ID))
                .leftJoin(AUDIT_LOG).on(AUDIT_LOG.ENTITY.eq(ENTITY).and(AUDIT_LOG.ENTITY_ID.eq(CREDIT_CHECK.ID))
                        .and(AUDIT_LOG.ACTION.eq(OVERRIDE_ACTION)));
    }

    private static StoredCreditCheck toCheck(Record r) {
        String overrideDecision = r.get(CREDIT_CHECK.OVERRIDE_DECISION);
        CreditOverride override = overrideDecision == null ? null : new CreditOverride(overrideDecision,
                r.get(CREDIT_CHECK.OVERRIDE_REASON), r.get(AUDIT_LOG.OFFICER_LOGIN), r.get(AUDIT_LOG.OCCURRED_AT));
        return new StoredCreditCheck(r.get(CREDIT_CHECK.ID), r.get(CREDIT_CHECK.SUPPLIER_ID),
                r.get(CREDIT_CHECK.CHECKED_AT), r.get(CREDIT_CHECK.OFFICER_ID), r.get(CREDIT_CHECK.MODEL_ID),
                r.get(CREDIT_CHECK.MODEL_VERSION), r.get(CREDIT_CHECK.MODEL_SHA256), r.get(CREDIT_CHECK.SCORE),
                r.get(CREDIT_CHECK.PD), r.get(CREDIT_CHECK.GRADE), r.get(CREDIT_CHECK.DECISION),
                r.get(CREDIT_CHECK.RECOMMENDED_LIMIT), r.get(CREDIT_CHECK.ANNUAL_RATE),
                r.get(CREDIT_CHECK.ADVANCE_RATE), r.get(CREDIT_CHECK.RESULT_JSON), r.get(OFFICER.LOGIN), override,
                r.get(CREDIT_CHECK.VERSION));
    }
}
