package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;

import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.RuleFailure;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The persisted result of the latest eligibility scan, one row per receivable. */
public final class EligibilityRecordRepository {

    private static final int RULES_WIDTH = 400;
    private static final int DETAILS_WIDTH = 4000;

    private final DSLContext tx;

    EligibilityRecordRepository(DSLContext tx) {
        this.tx = tx;
    }

    /** Forgets the previous scan; the caller's transaction decides whether that sticks. */
    public void clear() {
        tx.deleteFrom(RECEIVABLE_ELIGIBILITY).execute();
    }

    /** Writes one scan result per receivable as a single jOOQ batch. */
    public void write(List<EligibilityResult> results, LocalDate asOf, LocalDateTime scannedAt) {
        if (results.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(tx.insertInto(RECEIVABLE_ELIGIBILITY,
                        RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID, RECEIVABLE_ELIGIBILITY.AS_OF,
                        RECEIVABLE_ELIGIBILITY.ELIGIBLE, RECEIVABLE_ELIGIBILITY.RULES,
                        RECEIVABLE_ELIGIBILITY.DETAILS, RECEIVABLE_ELIGIBILITY.SCANNED_AT)
                .values((Long) null, null, null, null, null, null));
        for (EligibilityResult result : results) {
            batch.bind(result.receivableId(), asOf, result.eligible(), rules(result), details(result), scannedAt);
        }
        batch.execute();
    }

    private static String rules(EligibilityResult result) {
        return clip(result.failures().stream().map(f -> f.rule().name()).distinct()
                .collect(Collectors.joining(",")), RULES_WIDTH);
    }

    private static String details(EligibilityResult result) {
        return clip(result.failures().stream().map(RuleFailure::detail)
                .collect(Collectors.joining("\n")), DETAILS_WIDTH);
    }

    private static String clip(String text, int width) {
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= width ? text : text.substring(0, width);
    }
}
