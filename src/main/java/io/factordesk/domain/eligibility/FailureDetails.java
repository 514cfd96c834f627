package io.factordesk.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers that made a receivable fail a rule, as text ("42 days past due (due 2026-01-15)"). Written
 * only when a result is shown or stored; what every receivable of a debtor shares is written once.
 */
final class FailureDetails {

    private static final int MAX_CACHED_DAYS = 1 << 16;

    private final ReceivableBook book;
    private final EligibilitySettings settings;
    private final LocalDate asOf;
    private final String[] notApproved;
    private final String[] overLimit;
    private final String[] crossAging;
    private final String[] related;
    private final String[] regulatory;
    private final Map<Long, String> concentration = new HashMap<>();
    private final Map<Integer, String> days = new HashMap<>();
    private String[] dayCache;
    private int firstCachedDay;

    FailureDetails(ReceivableBook book, EligibilitySettings settings, LocalDate asOf) {
        this.book = book;
        this.settings = settings;
        this.asOf = asOf;
        int debtors = book.debtors().size();
        notApproved = new String[debtors];
        overLimit = new String[debtors];
        crossAging = new String[debtors];
        related = new String[debtors];
        regulatory = new String[debtors];
    }

    void debtor(int debtor, DebtorStanding standing) {
        notApproved[debtor] = standing.name() + " is not an approved debtor";
        if (standing.overLimit()) {
            overLimit[debtor] = standing.name() + " owes " + standing.balance().toPlainString() + ", limit "
                    + standing.creditLimit().toPlainString();
        }
        crossAging[debtor] = percent(standing.overdueShare()) + " of " + standing.name() + "'s balance is over "
                + settings.crossAgingDays() + " days past due, limit " + percent(settings.crossAgingShare());
        related[debtor] = standing.name() + " is a related party of the supplier";
    }

    void concentration(long pairKey, String text) {
        concentration.put(pairKey, text);
    }

    void regulatory(int debtor, String text) {
        regulatory[debtor] = text;
    }

    String text(EligibilityRule rule, int row, DuplicateGroups duplicates) {
        int issue = book.issueDay(row);
        int due = book.dueDay(row);
        long asOfDay = asOf.toEpochDay();
        int debtor = book.debtorIndex(row);
        return switch (rule) {
            case NOT_OPEN -> "status is " + book.status(row);
            case FUTURE_DATED -> "issued " + day(issue) + ", after the as-of date " + asOf;
            case DUE_BEFORE_ISSUE -> "due " + day(due) + " before issue " + day(issue);
            case PAST_DUE -> (asOfDay - due) + " days past due (due " + day(due) + ")";
            case TOO_OLD -> "issued " + (asOfDay - issue) + " days ago, limit " + settings.maxAgeDays();
            case TENOR_TOO_LONG -> "tenor " + ((long) due - issue) + " days, limit " + settings.maxTenorDays();
            case DISPUTED -> "marked disputed";
            case DILUTED -> "credit notes " + ReceivableBook.amount(book.creditNoteFen(row)).toPlainString() + " = "
                    + percent(dilution(book, row)) + " of face, limit " + percent(settings.maxDilutionShare());
            case DEBTOR_NOT_APPROVED -> notApproved[debtor];
            case DEBTOR_OVER_LIMIT -> overLimit[debtor];
            case CROSS_AGING -> crossAging[debtor];
            case DUPLICATE_INVOICE -> {
                String[] invoice = book.invoice(row);
                yield "invoice " + invoice[0] + " " + invoice[1] + " appears " + duplicates.invoiceCount(row)
                        + " times" + firstOther(duplicates.firstWithInvoice(row), row);
            }
            case DOUBLE_FINANCING -> "same debtor, amount " + ReceivableBook.amount(book.faceFen(row)).toPlainString()
                    + " and issue date " + day(issue) + " under another supplier"
                    + firstOther(duplicates.firstWithDebtorAmountDate(row), row);
            case RELATED_PARTY -> related[debtor];
            case CONCENTRATION -> concentration.get(EligibilityScan.pairKey(book, row));
            case REGULATORY_CONCENTRATION -> regulatory[debtor];
        };
    }

    private String firstOther(long firstId, int row) {
        return firstId == book.id(row) ? "" : " (first: receivable #" + firstId + ")";
    }

    /** ISO dates, each written once: most receivables of a portfolio share a few hundred dates. */
    private String day(int epochDay) {
        if (dayCache == null) {
            firstCachedDay = (int) asOf.toEpochDay() - MAX_CACHED_DAYS / 2;
            dayCache = new String[MAX_CACHED_DAYS];
        }
        int slot = epochDay - firstCachedDay;
        if (slot < 0 || slot >= MAX_CACHED_DAYS) {
            return days.computeIfAbsent(epochDay, d -> LocalDate.ofEpochDay(d).toString());
        }
        String text = dayCache[slot];
        if (text == null) {
            text = LocalDate.ofEpochDay(epochDay).toString();
            dayCache[slot] = text;
        }
        return text;
    }

    static BigDecimal dilution(ReceivableBook book, int row) {
        return ReceivableBook.amount(book.creditNoteFen(row))
                .divide(ReceivableBook.amount(book.faceFen(row)), 6, RoundingMode.HALF_UP);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
