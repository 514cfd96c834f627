package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.CREDIT_CHECK;

import io.factordesk.domain.credit.StoredCreditCheck;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The credit_check table: every check run, with the model that ran it; rows are only added. */
public final class CreditCheckRepository {

    private final DSLContext dsl;

    public CreditCheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the check (its id is ignored) and returns the new id. */
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

    /** The supplier's checks, newest first. */
    public List<StoredCreditCheck> history(long supplierId) {
        return dsl.selectFrom(CREDIT_CHECK)
                .where(CREDIT_CHECK.SUPPLIER_ID.eq(supplierId))
                .orderBy(CREDIT_CHECK.CHECKED_AT.desc(), CREDIT_CHECK.ID.desc())
                .fetch(CreditCheckRepository::toCheck);
    }

    private static StoredCreditCheck toCheck(Record r) {
        return new StoredCreditCheck(r.get(CREDIT_CHECK.ID), r.get(CREDIT_CHECK.SUPPLIER_ID),
                r.get(CREDIT_CHECK.CHECKED_AT), r.get(CREDIT_CHECK.OFFICER_ID), r.get(CREDIT_CHECK.MODEL_ID),
                r.get(CREDIT_CHECK.MODEL_VERSION), r.get(CREDIT_CHECK.MODEL_SHA256), r.get(CREDIT_CHECK.SCORE),
                r.get(CREDIT_CHECK.PD), r.get(CREDIT_CHECK.GRADE), r.get(CREDIT_CHECK.DECISION),
                r.get(CREDIT_CHECK.RECOMMENDED_LIMIT), r.get(CREDIT_CHECK.ANNUAL_RATE),
                r.get(CREDIT_CHECK.ADVANCE_RATE), r.get(CREDIT_CHECK.RESULT_JSON));
    }
}
