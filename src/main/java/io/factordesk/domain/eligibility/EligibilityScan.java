package io.factordesk.domain.eligibility;

import io.factordesk.domain.ReceivableStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;

/**
 * Eligibility of a whole portfolio: {@link #scan} runs every rule over a {@link ReceivableBook} of the
 * whole cache (debtor balances, duplicate keys and the financed book need all of it) and answers with an
 * {@link EligibilityOutcome}. Receivables may also be fed one by one: {@link #observe} every receivable,
 * then {@link #evaluate} those whose result is wanted, then {@link #finish} hands out their results.
 */
public final class EligibilityScan {

    private final EligibilitySettings settings;
    private final LocalDate asOf;
    private final Map<Long, DebtorProfile> debtors;
    private final Set<SupplierDebtorPair> relatedPairs;
    private final ReceivableBook observed = new ReceivableBook(16);
    private final List<Long> evaluated = new ArrayList<>();

    public EligibilityScan(EligibilitySettings settings, LocalDate asOf, Map<Long, DebtorProfile> debtors,
                           Set<SupplierDebtorPair> relatedPairs) {
        this.settings = settings;
        this.asOf = asOf;
        this.debtors = Map.copyOf(debtors);
        this.relatedPairs = Set.copyOf(relatedPairs);
    }

    /** Every rule over the receivables of the book whose supplier the filter accepts. */
    public EligibilityOutcome scan(ReceivableBook book, LongPredicate supplierFilter) {
        IdIndex suppliers = book.suppliers();
        boolean[] accepted = new boolean[suppliers.size()];
        for (int s = 0; s < accepted.length; s++) {
            accepted[s] = supplierFilter.test(suppliers.id(s));
        }
        return scanRows(book, row -> accepted[book.supplierIndex(row)]);
    }

    /** Part of the portfolio, given one receivable at a time. */
    public void observe(ReceivableFacts r) {
        observed.add(r);
    }

    /** A receivable whose result {@link #finish} hands out; it must have been observed. */
    public void evaluate(ReceivableFacts r) {
        evaluated.add(r.id());
    }

    /** Hands out the result of every evaluated receivable in evaluation order. */
    public void finish(Consumer<EligibilityResult> sink) {
        Map<Long, Integer> rows = new HashMap<>();
        for (int row = 0; row < observed.size(); row++) {
            rows.putIfAbsent(observed.id(row), row);
        }
        boolean[] wanted = new boolean[observed.size()];
        for (long id : evaluated) {
            Integer row = rows.get(id);
            if (row == null) {
                throw new IllegalStateException("receivable " + id + " was evaluated but never observed");
            }
            wanted[row] = true;
        }
        EligibilityOutcome outcome = scanRows(observed, row -> wanted[row]);
        evaluated.forEach(id -> sink.accept(outcome.result(rows.get(id))));
        evaluated.clear();
    }

    private EligibilityOutcome scanRows(ReceivableBook book, IntPredicate wanted) {
        PortfolioTotals totals = new PortfolioTotals(book, settings, asOf);
        FailureDetails details = new FailureDetails(book, settings, asOf);
        DuplicateGroups duplicates = new DuplicateGroups(book);
        int[] failed = new int[book.size()];
        boolean[] evaluatedRows = new boolean[book.size()];
        int[] debtorFailures = debtorFailures(book, totals, details);
        ConcentrationPool pool = new ConcentrationPool(book, settings, totals, debtors);
        IdIndex related = relatedPairs(book);
        int asOfDay = Math.toIntExact(asOf.toEpochDay());
        for (int row = 0; row < book.size(); row++) {
            if (!wanted.test(row)) {
                continue;
            }
            evaluatedRows[row] = true;
            int mask = itemFailures(book, row, asOfDay) | debtorFailures[book.debtorIndex(row)]
                    | duplicates.failures(row)
                    | (related.find(pairKey(book, row)) < 0 ? 0 : bit(EligibilityRule.RELATED_PARTY));
            if (mask == 0) {
                pool.add(row);
            }
            failed[row] = mask;
        }
        for (int row = 0; row < book.size(); row++) {
            if (evaluatedRows[row] && failed[row] == 0) {
                failed[row] = pool.failures(row, details);
            }
        }
        return new EligibilityOutcome(book, evaluatedRows, failed, duplicates, details);
    }

    private int itemFailures(ReceivableBook book, int row, int asOfDay) {
        int mask = 0;
        ReceivableStatus status = book.status(row);
        if (status != ReceivableStatus.OPEN && status != ReceivableStatus.VERIFIED) {
            mask |= bit(EligibilityRule.NOT_OPEN);
        }
        int issue = book.issueDay(row);
        int due = book.dueDay(row);
        if (issue > asOfDay) {
            mask |= bit(EligibilityRule.FUTURE_DATED);
        }
        if (due < issue) {
            mask |= bit(EligibilityRule.DUE_BEFORE_ISSUE);
        }
        if (book.unpaid(row) && (long) asOfDay - due > settings.pastDueGraceDays()) {
            mask |= bit(EligibilityRule.PAST_DUE);
        }
        if ((long) asOfDay - issue > settings.maxAgeDays()) {
            mask |= bit(EligibilityRule.TOO_OLD);
        }
        if ((long) due - issue > settings.maxTenorDays()) {
            mask |= bit(EligibilityRule.TENOR_TOO_LONG);
        }
        if (book.disputed(row)) {
            mask |= bit(EligibilityRule.DISPUTED);
        }
        if (book.creditNoteFen(row) > 0
                && FailureDetails.dilution(book, row).compareTo(settings.maxDilutionShare()) > 0) {
            mask |= bit(EligibilityRule.DILUTED);
        }
        return mask;
    }

    /** Approval, limit and cross-aging, once per debtor: every receivable of a debtor shares them. */
    private int[] debtorFailures(ReceivableBook book, PortfolioTotals totals, FailureDetails details) {
        int[] masks = new int[book.debtors().size()];
        for (int d = 0; d < masks.length; d++) {
            DebtorProfile profile = debtors.get(book.debtors().id(d));
            if (profile == null) {
                throw new IllegalStateException("debtor " + book.debtors().id(d) + " has no profile");
            }
            DebtorStanding standing = totals.standing(d, profile);
            details.debtor(d, standing);
            if (!standing.approved()) {
                masks[d] |= bit(EligibilityRule.DEBTOR_NOT_APPROVED);
            }
            if (standing.overLimit()) {
                masks[d] |= bit(EligibilityRule.DEBTOR_OVER_LIMIT);
            }
            if (standing.overdueShare().compareTo(settings.crossAgingShare()) > 0) {
                masks[d] |= bit(EligibilityRule.CROSS_AGING);
            }
        }
        return masks;
    }

    /** The related pairs among the book's parties, keyed like {@link #pairKey}. */
    private IdIndex relatedPairs(ReceivableBook book) {
        IdIndex keys = new IdIndex();
        for (SupplierDebtorPair pair : relatedPairs) {
            int supplier = book.suppliers().find(pair.supplierId());
            int debtor = book.debtors().find(pair.debtorId());
            if (supplier >= 0 && debtor >= 0) {
                keys.indexOf(pairKey(supplier, debtor));
            }
        }
        return keys;
    }

    static long pairKey(ReceivableBook book, int row) {
        return pairKey(book.supplierIndex(row), book.debtorIndex(row));
    }

    static long pairKey(int supplierIndex, int debtorIndex) {
        return (long) supplierIndex << 32 | debtorIndex;
    }

    static int bit(EligibilityRule rule) {
        return 1 << rule.ordinal();
    }
}
