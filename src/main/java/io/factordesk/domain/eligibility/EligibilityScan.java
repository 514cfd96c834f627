package io.factordesk.domain.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Eligibility of a whole portfolio in two passes over the same receivables: {@link #observe} every
 * receivable (debtor balances, duplicate keys), then {@link #evaluate} every receivable, then
 * {@link #finish} applies the pool rules (concentration) and hands out every result.
 */
public final class EligibilityScan {

    private final EligibilitySettings settings;
    private final LocalDate asOf;
    private final Map<Long, DebtorProfile> debtors;
    private final Set<SupplierDebtorPair> relatedPairs;
    private final ItemRules itemRules;
    private final DuplicateKeys duplicates = new DuplicateKeys();
    private final Map<Long, BigDecimal[]> debtorBalances = new HashMap<>();
    private final ConcentrationPool pool;
    private final List<Pending> pending = new ArrayList<>();
    private Map<Long, DebtorStanding> standings;

    public EligibilityScan(EligibilitySettings settings, LocalDate asOf, Map<Long, DebtorProfile> debtors,
                           Set<SupplierDebtorPair> relatedPairs) {
        this.settings = settings;
        this.asOf = asOf;
        this.debtors = Map.copyOf(debtors);
        this.relatedPairs = Set.copyOf(relatedPairs);
        this.itemRules = new ItemRules(settings);
        this.pool = new ConcentrationPool(settings, this.debtors);
    }

    /** First pass. */
    public void observe(ReceivableFacts r) {
        duplicates.observe(r);
        if (r.status() == io.factordesk.domain.ReceivableStatus.FINANCED && r.unpaid()) {
            pool.addFinanced(r);
        }
        if (r.unpaid()) {
            BigDecimal[] balance = debtorBalances.computeIfAbsent(r.debtorId(),
                    id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            balance[0] = balance[0].add(r.outstanding());
            if (r.dueDate().plusDays(settings.crossAgingDays()).isBefore(asOf)) {
                balance[1] = balance[1].add(r.outstanding());
            }
        }
    }

    /** Second pass. */
    public void evaluate(ReceivableFacts r) {
        List<RuleFailure> failures = new ArrayList<>(2);
        itemRules.check(r, asOf, standing(r.debtorId()), failures);
        duplicates.check(r, failures);
        if (relatedPairs.contains(new SupplierDebtorPair(r.supplierId(), r.debtorId()))) {
            failures.add(new RuleFailure(EligibilityRule.RELATED_PARTY,
                    standing(r.debtorId()).name() + " is a related party of the supplier"));
        }
        if (failures.isEmpty()) {
            pool.add(r);
        }
        pending.add(new Pending(r.id(), r.supplierId(), r.debtorId(), failures));
    }

    /** Applies the pool rules and delivers every result in evaluation order. */
    public void finish(Consumer<EligibilityResult> sink) {
        for (Pending p : pending) {
            if (p.failures.isEmpty()) {
                pool.check(p.supplierId, p.debtorId, p.failures);
            }
            sink.accept(new EligibilityResult(p.id, p.failures));
        }
        pending.clear();
    }

    public DebtorStanding standing(long debtorId) {
        if (standings == null) {
            standings = new HashMap<>();
        }
        return standings.computeIfAbsent(debtorId, id -> {
            DebtorProfile profile = debtors.get(id);
            if (profile == null) {
                throw new IllegalStateException("debtor " + id + " has no profile");
            }
            BigDecimal[] balance = debtorBalances.getOrDefault(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            return new DebtorStanding(profile, balance[0], balance[1]);
        });
    }

    private record Pending(long id, long supplierId, long debtorId, List<RuleFailure> failures) {
    }
}
