package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.domain.eligibility.EligibilityOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * The persisted result of the latest eligibility scan, one row per receivable. A new scan overwrites each
 * row in place: in H2 an update costs about half of a delete plus an insert, and the transaction commits
 * half as many changes.
 */
public final class EligibilityRecordRepository {

    private static final int RULES_WIDTH = 400;
    private static final int DETAILS_WIDTH = 4000;

    private final DSLContext tx;
    private Boolean emptyBefore;

    EligibilityRecordRepository(DSLContext tx) {
        this.tx = tx;
    }

    /**
     * Writes the results of rows [from, to) of a scan over their previous rows, inserting the new ones. One
     * repository per scan: it remembers whether the table was empty before the first call.
     */
    public void write(EligibilityOutcome outcome, int from, int to, LocalDate asOf, LocalDateTime scannedAt) {
        if (from >= to) {
            return;
        }
        if (emptyBefore == null) {
            emptyBefore = tx.fetchCount(RECEIVABLE_ELIGIBILITY) == 0;
        }
        tx.connection(connection -> {
            // The first scan of a cache has nothing to overwrite: straight to the inserts.
            int[] updated = emptyBefore ? new int[to - from] : update(connection, outcome, from, to, asOf, scannedAt);
            insertMissing(connection, outcome, from, updated, asOf, scannedAt);
        });
    }

    /** Forgets the rows of receivables this scan did not see; the caller's transaction decides whether that sticks. */
    public void removeOthers(long scanned, LocalDate asOf, LocalDateTime scannedAt) {
        if (tx.fetchCount(RECEIVABLE_ELIGIBILITY) > scanned) {
            tx.deleteFrom(RECEIVABLE_ELIGIBILITY)
                    .where(RECEIVABLE_ELIGIBILITY.AS_OF.ne(asOf).or(RECEIVABLE_ELIGIBILITY.SCANNED_AT.ne(scannedAt)))
                    .execute();
        }
    }

    private int[] update(Connection connection, EligibilityOutcome outcome, int from, int to, LocalDate asOf,
                         LocalDateTime scannedAt) throws SQLException {
        String sql = tx.update(RECEIVABLE_ELIGIBILITY)
                .set(RECEIVABLE_ELIGIBILITY.AS_OF, asOf)
                .set(RECEIVABLE_ELIGIBILITY.ELIGIBLE, true)
                .set(RECEIVABLE_ELIGIBILITY.RULES, "")
                .set(RECEIVABLE_ELIGIBILITY.DETAILS, "")
                .set(RECEIVABLE_ELIGIBILITY.SCANNED_AT, scannedAt)
                .set(RECEIVABLE_ELIGIBILITY.FAILED_RULES, 0)
                .set(RECEIVABLE_ELIGIBILITY.VERSION, DSL.inline(0))
                .where(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID.eq(0L))
                .getSQL(ParamType.INDEXED);
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int row = from; row < to; row++) {
                bind(update, outcome, row, asOf, scannedAt, 1);
                update.setLong(7, outcome.receivableId(row));
                update.addBatch();
            }
            return update.executeBatch();
        }
    }

    private void insertMissing(Connection connection, EligibilityOutcome outcome, int from, int[] updated,
                               LocalDate asOf, LocalDateTime scannedAt) throws SQLException {
        String sql = tx.insertInto(RECEIVABLE_ELIGIBILITY, RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID,
                        RECEIVABLE_ELIGIBILITY.AS_OF, RECEIVABLE_ELIGIBILITY.ELIGIBLE, RECEIVABLE_ELIGIBILITY.RULES,
                        RECEIVABLE_ELIGIBILITY.DETAILS, RECEIVABLE_ELIGIBILITY.SCANNED_AT,
                        RECEIVABLE_ELIGIBILITY.FAILED_RULES)
                .values(0L, asOf, true, "", "", scannedAt, 0)
                .getSQL(ParamType.INDEXED);
        PreparedStatement insert = null;
        try {
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    if (insert == null) {
                        insert = connection.prepareStatement(sql);
                    }
                    insert.setLong(1, outcome.receivableId(from + i));
                    bind(insert, outcome, from + i, asOf, scannedAt, 2);
                    insert.addBatch();
                }
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
    }

    /** Binds as_of, eligible, rules, details, scanned_at and failed_rules from parameter {@code first} on. */
    private static void bind(PreparedStatement statement, EligibilityOutcome outcome, int row, LocalDate asOf,
                             LocalDateTime scannedAt, int first) throws SQLException {
        statement.setObject(first, asOf);
        boolean eligible = outcome.eligible(row);
        statement.setBoolean(first + 1, eligible);
        if (eligible) {
            statement.setNull(first + 2, Types.VARCHAR);
            statement.setNull(first + 3, Types.VARCHAR);
        } else {
            statement.setString(first + 2, clip(outcome.ruleNames(row), RULES_WIDTH));
            statement.setString(first + 3, clip(outcome.details(row), DETAILS_WIDTH));
        }
        statement.setObject(first + 4, scannedAt);
        statement.setInt(first + 5, eligible ? 0 : FailedRuleBits.of(outcome.failedRules(row)));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
