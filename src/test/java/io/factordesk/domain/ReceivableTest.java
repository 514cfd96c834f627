package io.factordesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivableTest {

    private static Receivable receivable(String supplierEn, String debtorEn, ReceivableStatus status) {
        Uscc uscc = Uscc.of("91350100M000100Y43");
        return new Receivable(1, 2, "苏州华鑫精密机械有限公司", supplierEn, uscc, 3, "华夏重型装备集团股份有限公司", debtorEn,
                uscc, "3200261130", "00000001", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 10),
                new BigDecimal("1000.00"), "CNY", "PO-1", status, new BigDecimal("100.00"), null, false,
                new BigDecimal("50.00"));
    }

    @Test
    void namesFollowTheOfficersLanguageAndFallBackToTheRegisteredChineseName() {
        Receivable named = receivable("Suzhou Huaxin Precision Machinery Co., Ltd.", " ", ReceivableStatus.OPEN);
        assertThat(named.supplierName(true)).isEqualTo("Suzhou Huaxin Precision Machinery Co., Ltd.");
        assertThat(named.supplierName(false)).isEqualTo("苏州华鑫精密机械有限公司");
        assertThat(named.debtorName(true)).isEqualTo("华夏重型装备集团股份有限公司");
    }

    @Test
    void outstandingAndDaysPastDue() {
        Receivable open = receivable(null, null, ReceivableStatus.OPEN);
        assertThat(open.outstanding()).isEqualByComparingTo("850.00");
        assertThat(open.daysPastDue(LocalDate.of(2026, 4, 10))).isZero();
        assertThat(open.daysPastDue(LocalDate.of(2026, 4, 20))).isEqualTo(10);
        assertThat(receivable(null, null, ReceivableStatus.PAID).daysPastDue(LocalDate.of(2026, 5, 1))).isZero();
    }
}
