package io.factordesk.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;

/**
 * The eligible pool after the item rules, per supplier and debtor, in fen. A debtor above the configured
 * share of a supplier's eligible pool fails CONCENTRATION. A debtor that already holds more than the
 * regulatory share of the financed book (risk assets, notice No. 205) fails REGULATORY_CONCENTRATION:
 * financing more of it would deepen the breach. Both are decided once per supplier and debtor.
 */
final class ConcentrationPool {

    private static final int UNDECIDED = -1;

    private final ReceivableBook book;
    private final EligibilitySettings settings;
    private final PortfolioTotals totals;
    private final Map<Long, DebtorProfile> debtors;
    private final IdIndex pairs = new IdIndex();
    private long[] byPair = new long[64];
    private final long[] bySupplier;
    private int[] pairFailures;

    ConcentrationPool(ReceivableBook book, EligibilitySettings settings, PortfolioTotals totals,
                      Map<Long, DebtorProfile> debtors) {
        this.book = book;
        this.settings = settings;
        this.totals = totals;
        this.debtors = debtors;
        this.bySupplier = new long[book.suppliers().size()];
    }

    void add(int row) {
        int pair = pairs.indexOf(EligibilityScan.pairKey(book, row));
        if (pair == byPair.length) {
            byPair = Arrays.copyOf(byPair, pair * 2);
        }
        long outstanding = book.outstandingFen(row);
        byPair[pair] = Math.addExact(byPair[pair], outstanding);
        int supplier = book.supplierIndex(row);
        bySupplier[supplier] = Math.addExact(bySupplier[supplier], outstanding);
    }

    /** The pool rules failed by a receivable that passed every other rule (and so is in the pool). */
    int failures(int row, FailureDetails details) {
        if (pairFailures == null) {
            pairFailures = new int[pairs.size()];
            Arrays.fill(pairFailures, UNDECIDED);
        }
        int pair = pairs.find(EligibilityScan.pairKey(book, row));
        if (pairFailures[pair] == UNDECIDED) {
            pairFailures[pair] = decide(pair, book.supplierIndex(row), book.debtorIndex(row), details);
        }
        return pairFailures[pair];
    }

    private int decide(int pair, int supplier, int debtor, FailureDetails details) {
        DebtorProfile profile = debtors.get(book.debtors().id(debtor));
        int mask = 0;
        boolean exempt = settings.exemptCoreEnterprise() && profile.coreEnterprise();
        BigDecimal supplierShare = share(ReceivableBook.amount(byPair[pair]),
                ReceivableBook.amount(bySupplier[supplier]));
        if (!exempt && supplierShare.compareTo(settings.concentrationShare()) > 0) {
            mask |= EligibilityScan.bit(EligibilityRule.CONCENTRATION);
            details.concentration(EligibilityScan.pairKey(supplier, debtor), profile.name() + " holds "
                    + FailureDetails.percent(supplierShare) + " of the supplier's eligible pool, limit "
                    + FailureDetails.percent(settings.concentrationShare()));
        }
        BigDecimal portfolioShare = share(totals.financed(debtor), totals.financedTotal());
        if (portfolioShare.compareTo(settings.regulatoryShare()) > 0) {
            mask |= EligibilityScan.bit(EligibilityRule.REGULATORY_CONCENTRATION);
            details.regulatory(debtor, profile.name() + " holds " + FailureDetails.percent(portfolioShare)
                    + " of the financed book, regulatory limit " + FailureDetails.percent(settings.regulatoryShare()));
        }
        return mask;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 6, RoundingMode.HALF_UP);
    }
}
