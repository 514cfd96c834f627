package io.factordesk.ui.credit;

import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.service.RecordedCheck;

/** One supplier's line in the batch results: its name as the list shows it and the stored check. */
public record BatchRow(String supplierName, RecordedCheck check) {

    public CreditCheckResult result() {
        return check.result();
    }
}
