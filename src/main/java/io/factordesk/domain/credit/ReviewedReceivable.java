package io.factordesk.domain.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An open receivable of the supplier with the names of the eligibility rules it failed (none: eligible). */
public record ReviewedReceivable(long id, String invoiceCode, String invoiceNo, long debtorId, BigDecimal faceAmount,
                                 LocalDate issueDate, LocalDate dueDate, List<String> failedRules) {

    public ReviewedReceivable {
        failedRules = List.copyOf(failedRules);
    }

    public boolean eligible() {
        return failedRules.isEmpty();
    }
}
