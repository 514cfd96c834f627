package io.factordesk.domain.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligible pool after the item rules, per supplier and debtor, and the financed book per debtor.
 * A debtor above the configured share of a supplier's eligible pool fails CONCENTRATION. A debtor that
 * already holds more than the regulatory share of the financed book (risk assets, notice No. 205) fails
 * REGULATORY_CONCENTRATION: financing more of it would deepen the breach.
 */
final class ConcentrationPool {

    private final EligibilitySettings settings;
    private final Map<Long, DebtorProfile> debtors;
    private final Map<SupplierDebtorPair, BigDecimal> bySupplierDebtor = new HashMap<>();
    private final Map<Long, BigDecimal> bySupplier = new HashMap<>();
    private final Map<Long, BigDecimal> financedByDebtor = new HashMap<>();
    private BigDecimal financedTotal = BigDecimal.ZERO;

    ConcentrationPool(EligibilitySettings settings, Map<Long, DebtorProfile> debtors) {
        this.settings = settings;
        this.debtors = debtors;
    }

    void add(ReceivableFacts r) {
        BigDecimal amount = r.outstanding();
        bySupplierDebtor.merge(new SupplierDebtorPair(r.supplierId(), r.debtorId()), amount, BigDecimal::add);
        bySupplier.merge(r.supplierId(), amount, BigDecimal::add);
    }

    void addFinanced(ReceivableFacts r) {
        financedByDebtor.merge(r.debtorId(), r.outstanding(), BigDecimal::add);
        financedTotal = financedTotal.add(r.outstanding());
    }

    void check(long supplierId, long debtorId, List<RuleFailure> out) {
        DebtorProfile debtor = debtors.get(debtorId);
        boolean exempt = settings.exemptCoreEnterprise() && debtor.coreEnterprise();
        BigDecimal supplierShare = share(bySupplierDebtor.get(new SupplierDebtorPair(supplierId, debtorId)),
                bySupplier.get(supplierId));
        if (!exempt && supplierShare.compareTo(settings.concentrationShare()) > 0) {
            out.add(new RuleFailure(EligibilityRule.CONCENTRATION, debtor.name() + " holds "
                    + ItemRules.percent(supplierShare) + " of the supplier's eligible pool, limit "
                    + ItemRules.percent(settings.concentrationShare())));
        }
        BigDecimal portfolioShare = share(financedByDebtor.getOrDefault(debtorId, BigDecimal.ZERO), financedTotal);
        if (portfolioShare.compareTo(settings.regulatoryShare()) > 0) {
            out.add(new RuleFailure(EligibilityRule.REGULATORY_CONCENTRATION, debtor.name() + " holds "
                    + ItemRules.percent(portfolioShare) + " of the financed book, regulatory limit "
                    + ItemRules.percent(settings.regulatoryShare())));
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 6, RoundingMode.HALF_UP);
    }
}
