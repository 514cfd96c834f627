package io.factordesk.service;

import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.CreditFileDebtor;
import io.factordesk.domain.credit.CreditParty;
import io.factordesk.domain.credit.ReviewedReceivable;
import io.factordesk.scoring.CreditCheckInput;
import io.factordesk.scoring.FinancingRequest;
import io.factordesk.scoring.HistoryWithUs;
import io.factordesk.scoring.ReceivableEligibility;
import io.factordesk.scoring.SupplierDebtor;
import io.factordesk.scoring.SupplierProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Turns a supplier's credit file from the cache into the scoring engine's input, with the request filled in. */
final class CreditCheckInputs {

    /** Tenor asked for when the supplier has no open receivable to measure it from. */
    static final int FALLBACK_TENOR_DAYS = 90;

    private final BigDecimal policyAdvanceRate;

    CreditCheckInputs(BigDecimal policyAdvanceRate) {
        this.policyAdvanceRate = policyAdvanceRate;
    }

    CreditCheckInput of(CreditFile file, RequestedTerms terms) {
        CreditParty s = file.supplier();
        SupplierProfile supplier = new SupplierProfile(s.uscc(), s.name(), s.registeredOn(), s.registeredCapital(),
                s.industry(), s.region(), s.addresses(), s.bankAccounts());
        List<ReceivableEligibility> receivables = file.receivables().stream()
                .map(r -> new ReceivableEligibility(r.id(), r.invoiceCode(), r.invoiceNo(), r.debtorId(), r.faceAmount(),
                        r.issueDate(), r.dueDate(), r.eligible(), r.failedRules()))
                .toList();
        List<SupplierDebtor> debtors = file.debtors().stream().map(CreditCheckInputs::debtor).toList();
        return new CreditCheckInput(supplier, file.trading(), receivables, debtors,
                new HistoryWithUs(file.pastDeals(), file.maxDaysPastDue()), request(file, terms), file.asOf());
    }

    private static SupplierDebtor debtor(CreditFileDebtor d) {
        CreditParty p = d.party();
        return new SupplierDebtor(p.partyId(), p.uscc(), p.name(), d.rating(), d.coreEnterprise(), d.inDefault(),
                d.relatedParty(), d.sellsToSupplier(), d.limitHeadroom(), p.addresses(), p.bankAccounts());
    }

    FinancingRequest request(CreditFile file, RequestedTerms terms) {
        BigDecimal advanceRate = terms.advanceRate() != null ? terms.advanceRate() : policyAdvanceRate;
        List<ReviewedReceivable> eligible = file.receivables().stream().filter(ReviewedReceivable::eligible).toList();
        BigDecimal amount = terms.amount();
        if (amount == null) {
            BigDecimal face = eligible.stream().map(ReviewedReceivable::faceAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            amount = face.multiply(advanceRate).setScale(2, RoundingMode.HALF_UP);
        }
        int tenor = terms.tenorDays() != null ? terms.tenorDays()
                : weightedDaysToDue(eligible.isEmpty() ? file.receivables() : eligible, file);
        return new FinancingRequest(amount, tenor, advanceRate);
    }

    /** Days from the as-of date to due, weighted by face amount; at least one day. */
    private static int weightedDaysToDue(List<ReviewedReceivable> receivables, CreditFile file) {
        BigDecimal face = BigDecimal.ZERO;
        BigDecimal faceDays = BigDecimal.ZERO;
        for (ReviewedReceivable r : receivables) {
            long days = Math.max(0, ChronoUnit.DAYS.between(file.asOf(), r.dueDate()));
            face = face.add(r.faceAmount());
            faceDays = faceDays.add(r.faceAmount().multiply(BigDecimal.valueOf(days)));
        }
        if (face.signum() == 0) {
            return FALLBACK_TENOR_DAYS;
        }
        return Math.max(1, faceDays.divide(face, 0, RoundingMode.HALF_UP).intValue());
    }
}
