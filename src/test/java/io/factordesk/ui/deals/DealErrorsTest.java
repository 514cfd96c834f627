package io.factordesk.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.Officer;
import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.MakerChecker;
import io.factordesk.ui.common.Messages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DealErrorsTest {

    private static final Officer APPROVER = new Officer(2, "demo.approver", "李静", OfficerRole.APPROVER,
            new BigDecimal("50000000.00"), true);

    private static DealRuleException refusal(long makerId, String amount) {
        try {
            MakerChecker.requireMayApprove(APPROVER, makerId, makerId, new BigDecimal(amount));
        } catch (DealRuleException e) {
            return e;
        }
        throw new AssertionError("the rule did not refuse");
    }

    @Test
    void rulesRefuseInTheOfficersLanguage() {
        Messages chinese = new Messages(Messages.CHINESE);
        Messages english = new Messages(Messages.ENGLISH);
        assertThat(DealErrors.reason(chinese, refusal(2, "10"))).isEqualTo(
                "demo.approver 经办或提交了该笔融资，须由另一位审批人审批（不得自审）");
        assertThat(DealErrors.reason(english, refusal(1, "60000000.00"))).isEqualTo(
                "The financing amount 60000000.00 CNY is above demo.approver's authority limit of 50000000.00 CNY");
        assertThat(DealErrors.reason(chinese, refusal(1, "60000000.00"))).isEqualTo(
                "融资金额 60000000.00 元超过 demo.approver 的审批权限 50000000.00 元");
    }

    @Test
    void aRefusalWithoutAKeyKeepsItsEnglishReason() {
        Messages chinese = new Messages(Messages.CHINESE);
        assertThat(DealErrors.reason(chinese, new DealRuleException("x", "plain reason"))).contains("plain reason");
    }
}
