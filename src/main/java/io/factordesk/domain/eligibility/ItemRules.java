package io.factordesk.domain.eligibility;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The rules a receivable passes or fails on its own fields and its debtor's standing. */
final class ItemRules {

    private final EligibilitySettings settings;

    ItemRules(EligibilitySettings settings) {
        this.settings = settings;
    }

    void check(ReceivableFacts r, LocalDate asOf, DebtorStanding debtor, List<RuleFailure> out) {
        if (r.status() != ReceivableStatus.OPEN && r.status() != ReceivableStatus.VERIFIED) {
            out.add(new RuleFailure(EligibilityRule.NOT_OPEN, "status is " + r.status()));
        }
        if (r.issueDate().isAfter(asOf)) {
            out.add(new RuleFailure(EligibilityRule.FUTURE_DATED,
                    "issued " + r.issueDate() + ", after the as-of date " + asOf));
        }
        if (r.dueDate().isBefore(r.issueDate())) {
            out.add(new RuleFailure(EligibilityRule.DUE_BEFORE_ISSUE,
                    "due " + r.dueDate() + " before issue " + r.issueDate()));
        }
        long pastDue = ChronoUnit.DAYS.between(r.dueDate(), asOf);
        if (r.unpaid() && pastDue > settings.pastDueGraceDays()) {
            out.add(new RuleFailure(EligibilityRule.PAST_DUE, pastDue + " days past due (due " + r.dueDate() + ")"));
        }
        long age = ChronoUnit.DAYS.between(r.issueDate(), asOf);
        if (age > settings.maxAgeDays()) {
            out.add(new RuleFailure(EligibilityRule.TOO_OLD,
                    "issued " + age + " days ago, limit " + settings.maxAgeDays()));
        }
        long tenor = ChronoUnit.DAYS.between(r.issueDate(), r.dueDate());
        if (tenor > settings.maxTenorDays()) {
            out.add(new RuleFailure(EligibilityRule.TENOR_TOO_LONG,
                    "tenor " + tenor + " days, limit " + settings.maxTenorDays()));
        }
        if (r.disputed()) {
            out.add(new RuleFailure(EligibilityRule.DISPUTED, "marked disputed"));
        }
        BigDecimal diluted = r.creditNoteAmount().divide(r.faceAmount(), 6, RoundingMode.HALF_UP);
        if (r.creditNoteAmount().signum() > 0 && diluted.compareTo(settings.maxDilutionShare()) > 0) {
            out.add(new RuleFailure(EligibilityRule.DILUTED, "credit notes " + r.creditNoteAmount().toPlainString()
                    + " = " + percent(diluted) + " of face, limit " + percent(settings.maxDilutionShare())));
        }
        checkDebtor(debtor, out);
    }

    private void checkDebtor(DebtorStanding debtor, List<RuleFailure> out) {
        if (!debtor.approved()) {
            out.add(new RuleFailure(EligibilityRule.DEBTOR_NOT_APPROVED, debtor.name() + " is not an approved debtor"));
        }
        if (debtor.overLimit()) {
            out.add(new RuleFailure(EligibilityRule.DEBTOR_OVER_LIMIT, debtor.name() + " owes "
                    + debtor.balance().toPlainString() + ", limit " + debtor.creditLimit().toPlainString()));
        }
        if (debtor.overdueShare().compareTo(settings.crossAgingShare()) > 0) {
            out.add(new RuleFailure(EligibilityRule.CROSS_AGING, percent(debtor.overdueShare()) + " of "
                    + debtor.name() + "'s balance is over " + settings.crossAgingDays() + " days past due, limit "
                    + percent(settings.crossAgingShare())));
        }
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
