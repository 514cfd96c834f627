package io.factordesk.ui.credit;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.service.RecordedCheck;

/** One supplier's line in the batch results: the supplier as the list knows it (null if not listed) and the check. */
public record BatchRow(SupplierSummary supplier, RecordedCheck check) {

    public CreditCheckResult result() {
        return check.result();
    }

    /** The supplier's name in the officer's language; its USCC when the list does not know it. */
    public String supplierName(boolean english) {
        return supplier == null ? check.result().supplierUscc() : supplier.displayName(english);
    }
}
