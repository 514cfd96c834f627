package io.factordesk.cache;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ScanMark;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One review-desk row from the columns of {@link ReviewDeskRepository}'s rows query, read by position. */
final class ReviewRowReader {

    private ReviewRowReader() {
    }

    static ReviewRow row(ResultSet r) throws SQLException {
        ReceivableStatus status = ReceivableStatus.valueOf(r.getString(17));
        boolean disputed = r.getBoolean(20);
        Receivable receivable = new Receivable(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                Uscc.of(r.getString(5)), r.getLong(6), r.getString(7), r.getString(8), Uscc.of(r.getString(9)),
                r.getString(10), r.getString(11), r.getObject(12, LocalDate.class), r.getObject(13, LocalDate.class),
                r.getBigDecimal(14), r.getString(15), r.getString(16), status, r.getBigDecimal(18),
                r.getObject(19, LocalDate.class), disputed, r.getBigDecimal(21));
        return new ReviewRow(receivable, mark(r.getObject(22, LocalDate.class), r.getString(24), status, disputed));
    }

    /**
     * The stored verdict, corrected for what the officer did since the scan: a receivable held, rejected,
     * financed, paid or marked disputed after the scan is no longer eligible, and says why.
     */
    private static ScanMark mark(LocalDate asOf, String rules, ReceivableStatus status, boolean disputed) {
        if (asOf == null) {
            return null;
        }
        List<EligibilityRule> failed = new ArrayList<>();
        if (rules != null) {
            for (String name : rules.split(",")) {
                failed.add(EligibilityRule.valueOf(name.strip()));
            }
        }
        if (!ReviewConditions.OPEN_STATUSES.contains(status) && !failed.contains(EligibilityRule.NOT_OPEN)) {
            failed.add(EligibilityRule.NOT_OPEN);
        }
        if (disputed && !failed.contains(EligibilityRule.DISPUTED)) {
            failed.add(EligibilityRule.DISPUTED);
        }
        return new ScanMark(asOf, failed.isEmpty(), failed);
    }
}
