package io.factordesk.scoring;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies the knock-out rules before the score; every hit is named with its figures. */
final class KnockOutScreen {

    private final ScorecardModel model;
    private final WatchList watchList;

    KnockOutScreen(ScorecardModel model, WatchList watchList) {
        this.model = model;
        this.watchList = watchList;
    }

    List<KnockOut> screen(CreditCheckInput input, TradingFigures figures) {
        Policy.KnockOuts policy = model.policy().knockOuts();
        List<KnockOut> hits = new ArrayList<>();
        SupplierProfile supplier = input.supplier();
        watchList.screen(supplier.name(), supplier.uscc().value()).ifPresent(hit ->
            hits.add(watchListHit(supplier.name(), supplier.uscc().value(), hit)));
        for (SupplierDebtor debtor : input.debtors()) {
            watchList.screen(debtor.name(), debtor.uscc().value()).ifPresent(hit ->
                hits.add(watchListHit(debtor.name(), debtor.uscc().value(), hit)));
        }
        if (supplier.registeredOn() != null) {
            long ageMonths = ChronoUnit.MONTHS.between(supplier.registeredOn(), input.asOf());
            if (ageMonths < policy.minCompanyAgeMonths()) {
                hits.add(knockOut(KnockOutRule.COMPANY_TOO_YOUNG, ageMonths, policy.minCompanyAgeMonths()));
            }
        }
        if (figures.monthsTrading() < policy.minTradingMonths()) {
            hits.add(knockOut(KnockOutRule.INSUFFICIENT_TRADING_HISTORY, figures.monthsTrading(), policy.minTradingMonths()));
        }
        for (SupplierDebtor debtor : input.debtors()) {
            if (debtor.inDefault()) {
                hits.add(knockOut(KnockOutRule.DEBTOR_IN_DEFAULT, debtor.name(), debtor.uscc().value()));
            }
        }
        double relatedShare = relatedPartyShare(input, figures);
        if (relatedShare > policy.maxRelatedPartyShare()) {
            hits.add(knockOut(KnockOutRule.RELATED_PARTY_CONCENTRATION, percent(relatedShare),
                figures.windowMonths(), percent(policy.maxRelatedPartyShare())));
        }
        return hits;
    }

    private KnockOut watchListHit(String name, String uscc, WatchList.Hit hit) {
        return knockOut(KnockOutRule.WATCHLIST_HIT, name, uscc, hit.entry().name(), hit.matchedBy());
    }

    private KnockOut knockOut(KnockOutRule rule, Object... args) {
        return KnockOut.of(rule, model.text("knockout." + rule.name()).format(args));
    }

    private static double relatedPartyShare(CreditCheckInput input, TradingFigures figures) {
        double total = 0.0;
        double related = 0.0;
        for (var debtor : figures.windowByDebtor().entrySet()) {
            total += debtor.getValue()[0];
            long id = debtor.getKey();
            if (input.debtors().stream().anyMatch(d -> d.debtorId() == id && d.relatedParty())) {
                related += debtor.getValue()[0];
            }
        }
        return total > 0.0 ? related / total : 0.0;
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100.0);
    }
}
