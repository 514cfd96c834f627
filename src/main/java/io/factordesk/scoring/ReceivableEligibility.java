package io.factordesk.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An open receivable with the result of the eligibility review. Reasons are codes from that
 * review (the names of io.factordesk.domain.eligibility.EligibilityRule); the engine reads
 * {@link #DUPLICATE_INVOICE}, {@link #DOUBLE_FINANCING}, {@link #FUTURE_DATED} and {@link #DUE_BEFORE_ISSUE}.
 */
public record ReceivableEligibility(long id, String invoiceCode, String invoiceNo, long debtorId, BigDecimal amount,
                                    LocalDate issueDate, LocalDate dueDate, boolean eligible, List<String> reasons) {

    public static final String DUPLICATE_INVOICE = "DUPLICATE_INVOICE";
    public static final String DOUBLE_FINANCING = "DOUBLE_FINANCING";
    public static final String FUTURE_DATED = "FUTURE_DATED";
    public static final String DUE_BEFORE_ISSUE = "DUE_BEFORE_ISSUE";

    public ReceivableEligibility {
        Objects.requireNonNull(invoiceCode, "invoiceCode");
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(amount, "amount");
        reasons = List.copyOf(reasons);
    }

    public String invoiceKey() {
        return invoiceCode + "/" + invoiceNo;
    }
}
