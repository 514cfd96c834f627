package io.factordesk.domain.deal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.domain.Officer;
import io.factordesk.domain.OfficerRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MakerCheckerTest {

    private static final Officer OFFICER = new Officer(1, "demo.officer", "Officer", OfficerRole.OFFICER,
            new BigDecimal("5000000.00"), true);
    private static final Officer APPROVER = new Officer(2, "demo.approver", "Approver", OfficerRole.APPROVER,
            new BigDecimal("50000000.00"), true);

    @Test
    void anotherApproverWithinLimitMayApprove() {
        assertThatCode(() -> MakerChecker.requireMayApprove(APPROVER, 1, 1L, new BigDecimal("50000000.00")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesSelfApproval() {
        assertThatThrownBy(() -> MakerChecker.requireMayApprove(APPROVER, 2, 2L, BigDecimal.TEN))
                .hasMessageContaining("no self-approval");
        assertThatThrownBy(() -> MakerChecker.requireMayApprove(APPROVER, 1, 2L, BigDecimal.TEN))
                .hasMessageContaining("no self-approval");
    }

    @Test
    void refusesAmountsAboveTheLimit() {
        assertThatThrownBy(() -> MakerChecker.requireMayApprove(APPROVER, 1, 1L, new BigDecimal("50000000.01")))
                .hasMessageContaining("authority limit");
    }

    @Test
    void refusesOfficersWithoutTheApproverRole() {
        assertThatThrownBy(() -> MakerChecker.requireMayApprove(OFFICER, 2, 2L, BigDecimal.TEN))
                .hasMessageContaining("may not approve");
    }

    @Test
    void statusMovesOnlyForward() {
        assertThatCode(() -> DealStatus.DRAFT.requireCanMoveTo(DealStatus.SUBMITTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DealStatus.DRAFT.requireCanMoveTo(DealStatus.APPROVED))
                .hasMessageContaining("cannot become APPROVED");
        assertThatThrownBy(() -> DealStatus.CONTRACTED.requireCanMoveTo(DealStatus.DRAFT))
                .isInstanceOf(DealRuleException.class);
    }
}
