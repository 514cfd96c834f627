package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnockOutTest {

    private static final ScorecardModel MODEL = SupplierFixture.defaultModel();

    private final SupplierFixture fixture = new SupplierFixture();

    private CreditCheckResult check(WatchList watchList) {
        return new CreditCheckEngine(MODEL, watchList).check(fixture.input());
    }

    private CreditCheckResult check() {
        return check(WatchList.EMPTY);
    }

    @Test
    void watchListHitOnTheSuppliersUsccDeclines() {
        WatchList list = WatchList.parse("# sanctions\n某某公司," + fixture.supplier.uscc().value() + ",court enforcement\n");

        CreditCheckResult result = check(list);

        assertThat(result.decision()).isEqualTo(Decision.DECLINE);
        assertThat(result.knockouts()).extracting(KnockOut::rule).containsExactly(KnockOutRule.WATCHLIST_HIT);
        assertThat(result.knockouts().get(0).detail()).contains("某某公司").contains("by USCC");
        assertThat(result.limit().recommended()).isZero();
        assertThat(result.limit().formula()).startsWith("DECLINE: no line offered (model line would be ");
        assertThat(result.limit().formulaZh()).startsWith("拒绝：不授予额度");
    }

    @Test
    void watchListHitOnADebtorsNormalisedNameDeclines() {
        WatchList list = WatchList.parse("深圳宏远贸易有限责任公司\n");

        CreditCheckResult result = check(list);

        assertThat(result.knockouts()).extracting(KnockOut::rule).containsExactly(KnockOutRule.WATCHLIST_HIT);
        assertThat(result.knockouts().get(0).detail()).contains("深圳宏远贸易有限公司").contains("by NAME");
    }

    @Test
    void companyYoungerThanPolicyMinimumDeclines() {
        fixture.supplier = new SupplierProfile(fixture.supplier.uscc(), fixture.supplier.name(),
            SupplierFixture.AS_OF.minusMonths(8), null, null, null, List.of(), List.of());

        CreditCheckResult result = check();

        assertThat(result.knockouts()).extracting(KnockOut::rule).contains(KnockOutRule.COMPANY_TOO_YOUNG);
        assertThat(result.knockouts().get(0).detail()).isEqualTo("Company registered 8 months ago; policy requires at least 12 months");
        assertThat(result.knockouts().get(0).detailZh()).isEqualTo("企业成立仅8个月；政策要求至少12个月");
        assertThat(result.decision()).isEqualTo(Decision.DECLINE);
    }

    @Test
    void tooFewMonthsOfTradingDeclines() {
        YearMonth cutoff = YearMonth.from(SupplierFixture.AS_OF).minusMonths(3);
        fixture.trading.removeIf(t -> t.month().isBefore(cutoff));

        CreditCheckResult result = check();

        assertThat(result.knockouts()).extracting(KnockOut::rule).containsExactly(KnockOutRule.INSUFFICIENT_TRADING_HISTORY);
        assertThat(result.knockouts().get(0).detail()).startsWith("Sales recorded in 3 months");
    }

    @Test
    void debtorInDefaultDeclines() {
        fixture.replaceDebtor(SupplierFixture.THIRD_ID, d -> SupplierFixture.with(d, true, false, false));

        CreditCheckResult result = check();

        assertThat(result.knockouts()).extracting(KnockOut::rule).containsExactly(KnockOutRule.DEBTOR_IN_DEFAULT);
        assertThat(result.knockouts().get(0).detail()).contains("苏州瑞丰机电有限公司");
        assertThat(result.decision()).isEqualTo(Decision.DECLINE);
    }

    @Test
    void relatedPartyDebtorsAboveFortyPercentOfSalesDecline() {
        fixture.replaceDebtor(SupplierFixture.CORE_ID, d -> SupplierFixture.with(d, false, true, false));

        CreditCheckResult result = check();

        assertThat(result.knockouts()).extracting(KnockOut::rule).containsExactly(KnockOutRule.RELATED_PARTY_CONCENTRATION);
        assertThat(result.knockouts().get(0).detail())
            .isEqualTo("Related-party debtors took 60.0% of sales over 12 months; policy maximum is 40.0%");
        assertThat(result.knockouts().get(0).detailZh()).isEqualTo("近12个月关联方买方销售占比60.0%；政策上限为40.0%");
    }

    @Test
    void relatedPartyDebtorsBelowFortyPercentPass() {
        fixture.replaceDebtor(SupplierFixture.SECOND_ID, d -> SupplierFixture.with(d, false, true, false));

        assertThat(check().knockouts()).isEmpty();
    }
}
