package io.factordesk.service;

import io.factordesk.cache.CacheTransaction;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Officer;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.DealListing;
import io.factordesk.domain.deal.DealPolicy;
import io.factordesk.domain.deal.DealPricing;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.domain.deal.MakerChecker;
import io.factordesk.domain.deal.PricedDeal;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.RuleFailure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deals from creation to approval. Every rule (eligibility, one deal per receivable, four eyes,
 * authority limits) is enforced here, so the UI and the CLI cannot bypass it; every transition is
 * written to the audit log in the same transaction.
 */
public final class DealService {

    private static final java.util.regex.Pattern REGISTRY_NUMBER = java.util.regex.Pattern.compile("[0-9A-Za-z-]{6,40}");

    private final Transactions transactions;
    private final SupplierRepository suppliers;
    private final EligibilityService eligibility;
    private final DealPolicy policy;
    private final Clock clock;

    public DealService(Transactions transactions, SupplierRepository suppliers, EligibilityService eligibility,
                       DealPolicy policy, Clock clock) {
        this.transactions = transactions;
        this.policy = policy;
        this.suppliers = suppliers;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    public DealPolicy policy() {
        return policy;
    }

    public Deal create(DealRequest request, String makerLogin) {
        policy.requireWithin(request.terms());
        long supplierId = suppliers.idOf(request.supplier()).orElseThrow(() ->
                new DealRuleException("supplier", "no supplier with USCC " + request.supplier()));
        LocalDate fundingDate = request.terms().fundingDate();
        Map<Long, EligibilityResult> results = eligibility.evaluate(fundingDate, id -> id == supplierId);
        return transactions.inTransaction(tx -> {
            Officer maker = officer(tx, makerLogin);
            List<FinancedReceivable> receivables;
            if (request.allEligible()) {
                receivables = financeable(tx, supplierId, eligibleIds(results), fundingDate);
                if (receivables.isEmpty()) {
                    throw new DealRuleException("receivables", "deal.rule.noneEligible", "supplier " + request.supplier()
                            + " has no eligible receivables due after " + fundingDate + " outside other deals",
                            request.supplier().value(), fundingDate.toString());
                }
            } else {
                List<Long> wanted = request.receivableIds();
                receivables = tx.deals().receivablesOfSupplier(supplierId, wanted);
                requireAllFound(wanted, receivables, request);
                requireEligible(wanted, results);
                Set<Long> taken = tx.deals().alreadyInDeals(wanted);
                if (!taken.isEmpty()) {
                    throw new DealRuleException("receivables", "deal.rule.alreadyInDeal",
                            "already in another deal: receivables " + sorted(taken), sorted(taken).toString());
                }
            }
            PricedDeal priced = DealPricing.price(request.terms(), receivables);
            long id = tx.deals().insert(supplierId, priced, maker.id(), now());
            Deal deal = tx.deals().find(id).orElseThrow();
            tx.auditLog().append(maker.login(), "DEAL_CREATED", "financing_deal", id, deal.dealNo() + ": "
                    + receivables.size() + " receivables, advance " + priced.totals().advance().toPlainString());
            return deal;
        });
    }

    /** Eligible on the funding date, due after it (a financing needs days to run) and in no other deal. */
    private static List<FinancedReceivable> financeable(CacheTransaction tx, long supplierId, List<Long> eligible,
                                                        LocalDate fundingDate) {
        if (eligible.isEmpty()) {
            return List.of();
        }
        Set<Long> taken = tx.deals().alreadyInDeals(eligible);
        return tx.deals().receivablesOfSupplier(supplierId, eligible).stream()
                .filter(r -> !taken.contains(r.receivableId()) && r.dueDate().isAfter(fundingDate))
                .toList();
    }

    private static List<Long> eligibleIds(Map<Long, EligibilityResult> results) {
        return results.values().stream().filter(EligibilityResult::eligible)
                .map(EligibilityResult::receivableId).sorted().toList();
    }

    public Deal submit(long dealId, String officerLogin) {
        return transition(dealId, officerLogin, DealStatus.SUBMITTED, (tx, deal, officer) -> {
            if (officer.id() != deal.makerId()) {
                throw new DealRuleException("officer", "deal.rule.notMaker",
                        officerLogin + " did not make deal " + deal.dealNo(), officerLogin, deal.dealNo());
            }
        });
    }

    public Deal approve(long dealId, String approverLogin) {
        return transition(dealId, approverLogin, DealStatus.APPROVED, (tx, deal, approver) -> {
            MakerChecker.requireMayApprove(approver, deal.makerId(), deal.submitterId(), deal.financingAmount());
            tx.deals().markReceivables(dealId, ReceivableStatus.FINANCED);
        });
    }

    public Deal returnToMaker(long dealId, String approverLogin, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DealRuleException("reason", "deal.rule.returnReason", "a returned deal needs a reason for the maker");
        }
        return transition(dealId, approverLogin, DealStatus.RETURNED, (tx, deal, approver) ->
                MakerChecker.requireMayApprove(approver, deal.makerId(), deal.submitterId(), deal.financingAmount()));
    }

    /**
     * Records the assignment's registration at the movable-property financing registry (中登网): Civil Code
     * art. 768 ranks registered assignments first, so contracts print it and warn while it is missing.
     */
    public Deal register(long dealId, String registryNo, LocalDate registryDate, String officerLogin) {
        String number = registryNo == null ? "" : registryNo.strip();
        if (!REGISTRY_NUMBER.matcher(number).matches()) {
            throw new DealRuleException("registryNo", "deal.rule.registryNo", "registration number '" + number
                    + "' must be 6-40 letters, digits or hyphens", number);
        }
        if (registryDate == null || registryDate.isAfter(LocalDate.now(clock))) {
            throw new DealRuleException("registryDate", "deal.rule.registryDate",
                    "registration date " + registryDate + " is in the future", String.valueOf(registryDate));
        }
        return transactions.inTransaction(tx -> {
            Officer officer = officer(tx, officerLogin);
            Deal deal = tx.deals().find(dealId).orElseThrow(() ->
                    new DealRuleException("deal", "no deal with id " + dealId));
            tx.deals().setRegistration(dealId, number, registryDate);
            tx.auditLog().append(officer.login(), "DEAL_REGISTERED", "financing_deal", dealId,
                    deal.dealNo() + ": registry " + number + " on " + registryDate
                            + (deal.missingRegistration() ? "" : " (was " + deal.registryNo() + ")"));
            return tx.deals().find(dealId).orElseThrow();
        });
    }

    public Deal find(long dealId) {
        return transactions.inTransaction(tx -> tx.deals().find(dealId)).orElseThrow(() ->
                new DealRuleException("deal", "no deal with id " + dealId));
    }

    /** The newest deals in the cache, newest first. */
    public List<DealListing> recent(int limit) {
        return transactions.inTransaction(tx -> tx.deals().recent(limit));
    }

    /**
     * What a new deal of this supplier could finance on the funding date: its receivables eligible then
     * and not yet in another deal, in due-date order.
     */
    public List<FinancedReceivable> eligibleReceivables(Uscc supplier, LocalDate fundingDate) {
        long supplierId = suppliers.idOf(supplier).orElseThrow(() -> new NoSuchSupplierException(supplier));
        List<Long> eligible = eligibleIds(eligibility.evaluate(fundingDate, id -> id == supplierId));
        return transactions.inTransaction(tx -> financeable(tx, supplierId, eligible, fundingDate));
    }

    private interface TransitionCheck {
        void check(CacheTransaction tx, Deal deal, Officer officer);
    }

    private Deal transition(long dealId, String login, DealStatus target, TransitionCheck check) {
        return transactions.inTransaction(tx -> {
            Officer officer = officer(tx, login);
            Deal deal = tx.deals().find(dealId).orElseThrow(() ->
                    new DealRuleException("deal", "no deal with id " + dealId));
            deal.status().requireCanMoveTo(target);
            check.check(tx, deal, officer);
            Long submitter = target == DealStatus.SUBMITTED ? officer.id() : null;
            Long approver = target == DealStatus.APPROVED ? officer.id() : null;
            if (!tx.deals().changeStatus(deal, target, submitter, approver, now())) {
                throw new DealRuleException("deal", "deal.rule.changedMeanwhile",
                        deal.dealNo() + " was changed by someone else; reload it", deal.dealNo());
            }
            tx.auditLog().append(officer.login(), "DEAL_" + target.name(), "financing_deal", dealId,
                    deal.dealNo() + ": " + deal.status() + " -> " + target + ", advance "
                            + deal.financingAmount().toPlainString());
            return tx.deals().find(dealId).orElseThrow();
        });
    }

    private static Officer officer(CacheTransaction tx, String login) {
        Officer officer = tx.officers().findByLogin(login).orElseThrow(() ->
                new DealRuleException("officer", "deal.rule.noOfficer", "no officer with login " + login, login));
        if (!officer.active()) {
            throw new DealRuleException("officer", "deal.rule.approverInactive", login + " is not active", login);
        }
        return officer;
    }

    private static void requireAllFound(List<Long> wanted, List<FinancedReceivable> found, DealRequest request) {
        if (found.size() != wanted.size()) {
            Set<Long> present = found.stream().map(FinancedReceivable::receivableId).collect(Collectors.toSet());
            List<Long> missing = wanted.stream().filter(id -> !present.contains(id)).toList();
            throw new DealRuleException("receivables", "not receivables of supplier " + request.supplier() + ": "
                    + missing);
        }
    }

    private static void requireEligible(List<Long> wanted, Map<Long, EligibilityResult> results) {
        List<String> problems = new ArrayList<>();
        for (Long id : wanted) {
            EligibilityResult result = results.get(id);
            if (result != null && !result.eligible()) {
                problems.add("#" + id + " " + result.failures().stream().map(RuleFailure::rule)
                        .map(Enum::name).collect(Collectors.joining(",")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DealRuleException("receivables", "deal.rule.notEligible",
                    "not eligible: " + String.join("; ", problems), String.join("; ", problems));
        }
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
