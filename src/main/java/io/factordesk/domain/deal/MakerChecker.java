package io.factordesk.domain.deal;

import io.factordesk.domain.Officer;
import io.factordesk.domain.OfficerRole;
import java.math.BigDecimal;

/**
 * Four-eyes approval: the approver is an active approver, is neither the maker nor the submitter of
 * the deal, and holds an authority limit that covers the financing amount (the total advance).
 */
public final class MakerChecker {

    private MakerChecker() {
    }

    public static void requireMayApprove(Officer approver, long makerId, Long submitterId, BigDecimal financingAmount) {
        if (!approver.active()) {
            throw new DealRuleException("approver", "deal.rule.approverInactive",
                    approver.login() + " is not an active officer", approver.login());
        }
        if (approver.role() != OfficerRole.APPROVER && approver.role() != OfficerRole.ADMIN) {
            throw new DealRuleException("approver", "deal.rule.approverRole", approver.login() + " has the role "
                    + approver.role() + " and may not approve deals", approver.login(), approver.role().name());
        }
        if (approver.id() == makerId || (submitterId != null && approver.id() == submitterId)) {
            throw new DealRuleException("approver", "deal.rule.selfApproval", approver.login()
                    + " made or submitted this deal; another officer must approve it (no self-approval)",
                    approver.login());
        }
        if (approver.authorityLimit().compareTo(financingAmount) < 0) {
            throw new DealRuleException("approver", "deal.rule.overAuthority", "financing amount "
                    + financingAmount.toPlainString() + " CNY is above " + approver.login() + "'s authority limit of "
                    + approver.authorityLimit().toPlainString() + " CNY", financingAmount.toPlainString(),
                    approver.login(), approver.authorityLimit().toPlainString());
        }
    }
}
