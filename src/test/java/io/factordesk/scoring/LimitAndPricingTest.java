package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class LimitAndPricingTest {

    private static final ScorecardModel MODEL = SupplierFixture.defaultModel();

    private final SupplierFixture fixture = new SupplierFixture();

    private CreditCheckResult check() {
        return new CreditCheckEngine(MODEL, WatchList.EMPTY).check(fixture.input());
    }

    private Grade gradeOf(CreditCheckResult result) {
        return MODEL.grades().grades().stream().filter(g -> g.name().equals(result.grade())).findFirst().orElseThrow();
    }

    @Test
    void lineIsTheGradesMultipleOfAverageMonthlyEligibleSales() {
        CreditCheckResult result = check();
        Grade grade = gradeOf(result);
        // 2,000,000 a month less 1.5% returns and 0.8% disputes
        BigDecimal monthlyEligible = new BigDecimal("1954000.00");
        BigDecimal expected = monthlyEligible.multiply(BigDecimal.valueOf(grade.limitMultiple())).setScale(2, RoundingMode.HALF_UP);

        assertThat(result.limit().recommended()).isEqualByComparingTo(expected);
        assertThat(result.limit().currency()).isEqualTo("CNY");
        assertThat(result.limit().formula())
            .startsWith(BigDecimal.valueOf(grade.limitMultiple()).toPlainString() + " (grade " + grade.name() + " multiple) x 1,954,000.00")
            .contains("capped by policy maximum 50,000,000.00")
            .endsWith(String.format(java.util.Locale.ROOT, "%,.2f CNY", expected));
        assertThat(result.limit().formulaZh()).startsWith(BigDecimal.valueOf(grade.limitMultiple()).toPlainString()
            + "（" + grade.name() + "级倍数）× 1,954,000.00（近12个月月均合格销售额）");
    }

    @Test
    void debtorCreditLimitCapsThatDebtorsShare() {
        fixture.replaceDebtor(SupplierFixture.CORE_ID, d -> new SupplierDebtor(d.debtorId(), d.uscc(), d.name(), d.rating(),
            true, false, false, false, new BigDecimal("1000000.00"), d.addresses(), d.bankAccounts()));
        fixture.request = new FinancingRequest(new BigDecimal("1000000.00"), 90, new BigDecimal("0.85"));

        CreditCheckResult result = check();
        double multiple = gradeOf(result).limitMultiple();
        BigDecimal others = new BigDecimal("488500.00").add(new BigDecimal("293100.00"))
            .multiply(BigDecimal.valueOf(multiple));

        assertThat(result.limit().recommended()).isEqualByComparingTo(others.add(new BigDecimal("1000000.00")).setScale(2, RoundingMode.HALF_UP));
        assertThat(result.limit().formula()).contains("capped by debtor limits: " + String.format(java.util.Locale.ROOT, "%,.2f",
            others.add(new BigDecimal("1000000.00"))));
    }

    @Test
    void requestAboveTheRecommendedLineIsReferred() {
        fixture.request = new FinancingRequest(new BigDecimal("90000000.00"), 90, new BigDecimal("0.85"));

        CreditCheckResult result = check();

        assertThat(result.decision()).isEqualTo(Decision.REFER);
        assertThat(result.decisionNotes()).extracting(LocalizedText::en)
            .contains("Requested 90,000,000.00 exceeds the recommended line " + String.format(java.util.Locale.ROOT, "%,.2f",
                result.limit().recommended()) + ": REFER");
        assertThat(result.decisionNotes().get(result.decisionNotes().size() - 1).zh()).startsWith("申请金额90,000,000.00超过建议额度")
            .endsWith("：转人工审批");
    }

    @Test
    void annualRateIsTheSumOfItsComponentsAndEachComponentIsShown() {
        CreditCheckResult result = check();
        Pricing pricing = result.pricing();
        PriceComponents c = pricing.components();
        CapitalFigures capital = pricing.capital();

        assertThat(pricing.annualRate()).isEqualTo(c.fundingCost().add(c.expectedLoss()).add(c.operatingCost())
            .add(c.capitalCharge()).add(c.margin()));
        assertThat(pricing.annualRate().scale()).isEqualTo(8);
        assertThat(c.fundingCost()).isEqualByComparingTo("0.03");
        assertThat(c.operatingCost()).isEqualByComparingTo("0.008");
        assertThat(c.margin()).isEqualByComparingTo("0.005");
        assertThat(c.expectedLoss().doubleValue()).isCloseTo(result.pd().doubleValue() * 0.45, within(1e-8));
        assertThat(c.capitalCharge().doubleValue()).isCloseTo(capital.k().doubleValue() * 0.12, within(1e-8));

        IrbCapital.Requirement expected = IrbCapital.requirement(result.pd().doubleValue(), 0.45, 90 / 365.0,
            24_000_000 / 7.8 / 1_000_000);
        assertThat(capital.k().doubleValue()).isCloseTo(expected.k(), within(1e-7));
        assertThat(capital.maturityYears()).isEqualByComparingTo(new BigDecimal(90 / 365.0).setScale(8, RoundingMode.HALF_UP));
        assertThat(capital.salesEurMillions().doubleValue()).isCloseTo(3.0769, within(0.0001));
        assertThat(capital.correlation().doubleValue())
            .as("sales under 5M EUR get the full SME reduction")
            .isCloseTo(IrbCapital.correlation(result.pd().doubleValue(), Double.NaN) - 0.04, within(1e-7));
        assertThat(capital.ead()).isEqualByComparingTo(new BigDecimal("2000000.00").multiply(pricing.advanceRate()).setScale(2, RoundingMode.HALF_UP));
        assertThat(capital.rwa().doubleValue()).isCloseTo(12.5 * capital.k().doubleValue() * capital.ead().doubleValue(), within(0.5));
    }

    @Test
    void advanceRateIsTheGradesRateUnlessLessWasRequested() {
        CreditCheckResult result = check();
        assertThat(result.pricing().advanceRate())
            .isEqualByComparingTo(BigDecimal.valueOf(Math.min(gradeOf(result).advanceRate(), 0.85)));

        fixture.request = new FinancingRequest(new BigDecimal("2000000.00"), 90, new BigDecimal("0.50"));
        assertThat(check().pricing().advanceRate()).isEqualByComparingTo("0.50");
    }

    @Test
    void whatIfChangesOnlyThePriceAndDecisionThatDependOnTheRequest() {
        CreditCheckEngine engine = new CreditCheckEngine(MODEL, WatchList.EMPTY);
        CreditCheckInput input = fixture.input();
        CreditCheckResult base = engine.check(input);

        CreditCheckResult longer = engine.check(input.withRequest(
            new FinancingRequest(new BigDecimal("2000000.00"), 180, new BigDecimal("0.85"))));
        CreditCheckResult larger = engine.check(input.withRequest(
            new FinancingRequest(new BigDecimal("6000000.00"), 90, new BigDecimal("0.85"))));

        assertThat(longer.score()).isEqualTo(base.score());
        assertThat(longer.pricing().annualRate()).isGreaterThan(base.pricing().annualRate());
        assertThat(larger.decision()).isEqualTo(Decision.REFER);
        assertThat(larger.pricing().capital().ead()).isEqualByComparingTo(base.pricing().capital().ead().multiply(BigDecimal.valueOf(3)));
    }

    @Test
    void longerTenorCostsMoreCapital() {
        BigDecimal at90 = check().pricing().components().capitalCharge();
        fixture.request = new FinancingRequest(new BigDecimal("2000000.00"), 180, new BigDecimal("0.85"));

        assertThat(check().pricing().components().capitalCharge()).isGreaterThan(at90);
    }

    @Test
    void worseGradeGetsHigherPriceAndLowerAdvanceRate() {
        CreditCheckResult good = check();
        fixture.history = new HistoryWithUs(6, 45);
        fixture.replaceDebtor(SupplierFixture.CORE_ID, d -> new SupplierDebtor(d.debtorId(), d.uscc(), d.name(), "B",
            true, false, false, false, d.creditLimit(), d.addresses(), d.bankAccounts()));

        CreditCheckResult worse = check();

        assertThat(worse.score()).isLessThan(good.score());
        assertThat(worse.pricing().annualRate()).isGreaterThan(good.pricing().annualRate());
        assertThat(worse.pricing().advanceRate()).isLessThanOrEqualTo(good.pricing().advanceRate());
    }
}
