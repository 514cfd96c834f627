package io.factordesk.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An open receivable with the result of the eligibility review. Reasons are codes from that
 * review; the engine reads {@link #DUPLICATE_INVOICE} and {@link #DOUBLE_FINANCING} among them.
 */
public record ReceivableEligibility(long id, String invoiceCode, String invoiceNo, long debtorId, BigDecimal amount,
                                    LocalDate issueDate, LocalDate dueDate, boolean eligible, List<String> reasons) {

    public static final String DUPLICATE_INVOICE = "DUPLICATE_INVOICE";
    public static final String DOUBLE_FINANCING = "DOUBLE_FINANCING";

    public ReceivableEligibility {
        Objects.requireNonNull(invoiceCode, "invoiceCode");
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(amount, "amount");
        reasons = List.copyOf(reasons);
    }

    public String invoiceKey() {
        return invoiceCode + "-" + invoiceNo;
    }
}
