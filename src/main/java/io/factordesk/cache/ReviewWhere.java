package io.factordesk.cache;

import org.jooq.Condition;

/**
 * The review desk's filter as SQL over receivable, with what answering it takes.
 *
 * @param condition the condition, over receivable left-joined to receivable_eligibility when readsScanRow
 * @param readsScanRow whether the condition reads the receivable's scan row (receivable_eligibility)
 * @param byFewIds whether the condition keeps a bounded list of ids H2 looks up by id (few eligible, few
 *     failed a rule, exact text matches): then H2 reads only those and no other plan is worth trying
 */
record ReviewWhere(Condition condition, boolean readsScanRow, boolean byFewIds) {
}
