package io.factordesk.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealPricingTest {

    private static final LocalDate FUNDING = LocalDate.of(2026, 3, 1);

    private static FinancedReceivable receivable(String no, String face, LocalDate due) {
        return new FinancedReceivable(no.hashCode(), "3200261130", no, "91350100M000100Y43", "核心企业",
                FUNDING.minusDays(10), due, new BigDecimal(face), "PO-" + no);
    }

    private static DealTerms terms(String advanceRate, String annualRate, HandlingFee fee) {
        return new DealTerms(FUNDING, new BigDecimal(advanceRate), new BigDecimal(annualRate), fee, true, true);
    }

    @Test
    void pricesOneLineWithAct360() {
        // 1,000,000 face, 80% advance = 800,000; 6% for 90 days: 800,000 x 0.06 x 90 / 360 = 12,000.00
        PricedDeal deal = DealPricing.price(terms("0.8", "0.06", HandlingFee.NONE),
                List.of(receivable("00000001", "1000000.00", FUNDING.plusDays(90))));
        DealLine line = deal.lines().get(0);
        assertThat(line.days()).isEqualTo(90);
        assertThat(line.advance()).isEqualByComparingTo("800000.00");
        assertThat(line.discountInterest()).isEqualByComparingTo("12000.00");
        assertThat(line.netProceeds()).isEqualByComparingTo("788000.00");
        assertThat(line.reserve()).isEqualByComparingTo("200000.00");
    }

    @Test
    void roundsHalfUpPerLineAndTotalsAreSumsOfLines() {
        // 333.33 x 0.85 = 283.3305 -> 283.33; interest 283.33 x 0.0725 x 31 / 360 = 1.76889... -> 1.77
        List<FinancedReceivable> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(receivable("0000001" + i, "333.33", FUNDING.plusDays(31)));
        }
        PricedDeal deal = DealPricing.price(terms("0.85", "0.0725", HandlingFee.NONE), items);
        assertThat(deal.lines()).allSatisfy(l -> {
            assertThat(l.advance()).isEqualByComparingTo("283.33");
            assertThat(l.discountInterest()).isEqualByComparingTo("1.77");
        });
        assertThat(deal.totals().advance()).isEqualByComparingTo("849.99");
        assertThat(deal.totals().discountInterest()).isEqualByComparingTo("5.31");
        assertThat(deal.totals().faceAmount()).isEqualByComparingTo("999.99");
        assertThat(deal.totals().reserve()).isEqualByComparingTo("150.00");
        // Exactly half a fen rounds up: 100.01 x 0.5 = 50.005 -> 50.01
        PricedDeal half = DealPricing.price(terms("0.5", "0", HandlingFee.NONE),
                List.of(receivable("00000099", "100.01", FUNDING.plusDays(1))));
        assertThat(half.lines().get(0).advance()).isEqualByComparingTo("50.01");
    }

    @Test
    void fixedFeeIsSplitByAdvanceAndAddsUpExactly() {
        List<FinancedReceivable> items = List.of(
                receivable("00000001", "100.00", FUNDING.plusDays(30)),
                receivable("00000002", "100.00", FUNDING.plusDays(30)),
                receivable("00000003", "100.00", FUNDING.plusDays(30)));
        PricedDeal deal = DealPricing.price(terms("1", "0", HandlingFee.fixed(new BigDecimal("100.00"))), items);
        assertThat(deal.lines()).extracting(DealLine::fee)
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(deal.totals().fees()).isEqualByComparingTo("100.00");
        assertThat(deal.totals().netProceeds()).isEqualByComparingTo("200.00");
    }

    @Test
    void percentageFeeIsChargedPerLineOnTheAdvance() {
        PricedDeal deal = DealPricing.price(terms("0.9", "0", HandlingFee.percent(new BigDecimal("0.005"))),
                List.of(receivable("00000001", "12345.67", FUNDING.plusDays(60))));
        // advance 11111.103 -> 11111.10; fee 55.5555 -> 55.56
        assertThat(deal.lines().get(0).fee()).isEqualByComparingTo("55.56");
        assertThat(deal.lines().get(0).netProceeds()).isEqualByComparingTo("11055.54");
    }

    @Test
    void refusesReceivablesDueOnOrBeforeFunding() {
        assertThatThrownBy(() -> DealPricing.price(terms("0.8", "0.06", HandlingFee.NONE),
                List.of(receivable("00000007", "100.00", FUNDING))))
                .isInstanceOf(DealRuleException.class)
                .hasMessageContaining("00000007").hasMessageContaining("not after the funding date");
    }

    @Test
    void refusesImpossibleTerms() {
        assertThatThrownBy(() -> terms("1.2", "0.06", HandlingFee.NONE)).hasMessageContaining("advanceRate");
        assertThatThrownBy(() -> terms("0.8", "-0.01", HandlingFee.NONE)).hasMessageContaining("annualRate");
        assertThatThrownBy(() -> HandlingFee.fixed(new BigDecimal("-5"))).hasMessageContaining("negative");
        assertThatThrownBy(() -> HandlingFee.fixed(new BigDecimal("1.001"))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> DealPricing.price(terms("0.8", "0.06", HandlingFee.NONE), List.of()))
                .hasMessageContaining("at least one receivable");
    }

    @Test
    void refusesAFeeThatEatsTheAdvance() {
        assertThatThrownBy(() -> DealPricing.price(terms("0.5", "0", HandlingFee.fixed(new BigDecimal("60"))),
                List.of(receivable("00000008", "100.00", FUNDING.plusDays(5)))))
                .hasMessageContaining("exceed the advance");
    }
}
