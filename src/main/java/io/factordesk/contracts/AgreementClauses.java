package io.factordesk.contracts;

import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.domain.deal.HandlingFee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The numbered articles of the factoring agreement, worded for the deal: recourse or not, disclosed or not,
 * registered or not, and every amount in figures and capital numerals.
 */
final class AgreementClauses {

    private AgreementClauses() {
    }

    static List<Map<String, ?>> of(ContractSet set, ContractWording w) {
        DealTerms terms = set.deal().terms();
        DealTotals totals = set.deal().totals();
        List<Map<String, ?>> clauses = new ArrayList<>();
        clauses.add(clause(w, "clause.type", w.format("clause.type.body",
                w.text(terms.recourse() ? "type.recourse" : "type.nonRecourse"),
                w.text(terms.disclosed() ? "type.disclosed" : "type.undisclosed"),
                w.text(terms.recourse() ? "type.recourse.explain" : "type.nonRecourse.explain"),
                w.text(terms.disclosed() ? "type.disclosed.explain" : "type.undisclosed.explain"))));
        clauses.add(clause(w, "clause.assignment", w.format("clause.assignment.body",
                String.valueOf(set.deal().lines().size()), ContractWording.figures(totals.faceAmount()),
                ContractWording.words(totals.faceAmount()))));
        clauses.add(clause(w, "clause.financing", String.join("\n",
                w.format("clause.financing.advance", ContractWording.percent(terms.advanceRate()),
                        ContractWording.figures(totals.advance()), ContractWording.words(totals.advance()),
                        w.date(terms.fundingDate())),
                w.format("clause.financing.interest", ContractWording.percent(terms.annualRate()),
                        ContractWording.figures(totals.discountInterest()),
                        ContractWording.words(totals.discountInterest())),
                w.format("clause.financing.fee", fee(terms.fee(), w), ContractWording.figures(totals.fees()),
                        ContractWording.words(totals.fees())),
                w.format("clause.financing.net", ContractWording.figures(totals.netProceeds()),
                        ContractWording.words(totals.netProceeds()), w.account(set.supplier().account())),
                w.format("clause.financing.reserve", ContractWording.figures(totals.reserve()),
                        ContractWording.words(totals.reserve())),
                w.text("clause.financing.rounding"))));
        clauses.add(clause(w, "clause.term", w.format("clause.term.body", w.date(terms.fundingDate()),
                w.date(lastDueDate(set)))));
        clauses.add(clause(w, "clause.notice", w.format(terms.disclosed() ? "clause.notice.disclosed"
                : "clause.notice.undisclosed", w.account(set.factor().account()))));
        clauses.add(clause(w, "clause.buyback",
                w.text(terms.recourse() ? "clause.buyback.recourse" : "clause.buyback.nonRecourse")));
        clauses.add(clause(w, "clause.warranties", w.text("clause.warranties.body")));
        clauses.add(clause(w, "clause.registry", set.registryFiling()
                .map(r -> w.format("clause.registry.registered", r.number(), w.date(r.date())))
                .orElseGet(() -> w.text("clause.registry.missing"))));
        clauses.add(clause(w, "clause.default", w.text("clause.default.body")));
        clauses.add(clause(w, "clause.notices", w.text("clause.notices.body")));
        clauses.add(clause(w, "clause.law", w.text("clause.law.body")));
        clauses.add(clause(w, "clause.misc", w.text("clause.misc.body")));
        return clauses;
    }

    static String fee(HandlingFee fee, ContractWording w) {
        return switch (fee.kind()) {
            case NONE -> w.text("fee.none");
            case FIXED -> w.format("fee.fixed", ContractWording.figures(fee.value().setScale(2)));
            case PERCENT -> w.format("fee.percent", ContractWording.percent(fee.value()));
        };
    }

    private static LocalDate lastDueDate(ContractSet set) {
        return set.deal().lines().stream().map(l -> l.receivable().dueDate())
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Map<String, ?> clause(ContractWording w, String key, String body) {
        return Map.of("title", w.text(key + ".title"), "body", body);
    }
}
