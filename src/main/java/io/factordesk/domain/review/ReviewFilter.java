package io.factordesk.domain.review;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.EligibilityRule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The review desk's filters; null means "any". Date ranges and amount ranges are inclusive at both ends.
 * Text matches an invoice number, invoice code or contract reference exactly, or part of a supplier's
 * or debtor's name (Chinese or English).
 *
 * @throws IllegalArgumentException when a range is reversed or an amount is negative
 */
public record ReviewFilter(Long supplierId, Long debtorId, ReceivableStatus status, EligibilityFilter eligibility,
                           EligibilityRule reason, LocalDate issuedFrom, LocalDate issuedTo, LocalDate dueFrom,
                           LocalDate dueTo, BigDecimal amountFrom, BigDecimal amountTo, String text) {

    public ReviewFilter {
        eligibility = eligibility == null ? EligibilityFilter.ALL : eligibility;
        text = text == null || text.isBlank() ? null : text.strip();
        requireOrdered(issuedFrom, issuedTo, "issue date");
        requireOrdered(dueFrom, dueTo, "due date");
        requireOrdered(amountFrom, amountTo, "amount");
        requireNotNegative(amountFrom);
        requireNotNegative(amountTo);
        if (reason != null && eligibility == EligibilityFilter.ELIGIBLE) {
            throw new IllegalArgumentException("an eligible receivable fails no rule: reason " + reason
                    + " cannot be combined with eligible only");
        }
    }

    /** Everything in the cache. */
    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, EligibilityFilter.ALL, null, null, null, null, null, null, null, null);
    }

    public ReviewFilter withSupplier(Long id) {
        return new ReviewFilter(id, debtorId, status, eligibility, reason, issuedFrom, issuedTo, dueFrom, dueTo,
                amountFrom, amountTo, text);
    }

    public ReviewFilter withDebtor(Long id) {
        return new ReviewFilter(supplierId, id, status, eligibility, reason, issuedFrom, issuedTo, dueFrom, dueTo,
                amountFrom, amountTo, text);
    }

    public ReviewFilter withStatus(ReceivableStatus newStatus) {
        return new ReviewFilter(supplierId, debtorId, newStatus, eligibility, reason, issuedFrom, issuedTo, dueFrom,
                dueTo, amountFrom, amountTo, text);
    }

    public ReviewFilter withEligibility(EligibilityFilter newEligibility, EligibilityRule newReason) {
        return new ReviewFilter(supplierId, debtorId, status, newEligibility, newReason, issuedFrom, issuedTo, dueFrom,
                dueTo, amountFrom, amountTo, text);
    }

    public ReviewFilter withIssued(LocalDate from, LocalDate to) {
        return new ReviewFilter(supplierId, debtorId, status, eligibility, reason, from, to, dueFrom, dueTo,
                amountFrom, amountTo, text);
    }

    public ReviewFilter withDue(LocalDate from, LocalDate to) {
        return new ReviewFilter(supplierId, debtorId, status, eligibility, reason, issuedFrom, issuedTo, from, to,
                amountFrom, amountTo, text);
    }

    public ReviewFilter withAmount(BigDecimal from, BigDecimal to) {
        return new ReviewFilter(supplierId, debtorId, status, eligibility, reason, issuedFrom, issuedTo, dueFrom, dueTo,
                from, to, text);
    }

    public ReviewFilter withText(String newText) {
        return new ReviewFilter(supplierId, debtorId, status, eligibility, reason, issuedFrom, issuedTo, dueFrom, dueTo,
                amountFrom, amountTo, newText);
    }

    private static <T extends Comparable<T>> void requireOrdered(T from, T to, String what) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new IllegalArgumentException(what + " range is reversed: from " + from + " is after to " + to);
        }
    }

    private static void requireNotNegative(BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount.toPlainString());
        }
    }
}
