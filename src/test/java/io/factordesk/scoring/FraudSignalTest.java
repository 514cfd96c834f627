package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FraudSignalTest {

    private static final ScorecardModel MODEL = SupplierFixture.defaultModel();
    private static final YearMonth LAST = YearMonth.from(SupplierFixture.AS_OF).minusMonths(1);

    private final SupplierFixture fixture = new SupplierFixture();

    private CreditCheckResult check() {
        return new CreditCheckEngine(MODEL, WatchList.EMPTY).check(fixture.input());
    }

    private static List<FraudSignalType> types(CreditCheckResult result) {
        return result.fraudSignals().stream().map(FraudSignal::signal).toList();
    }

    @Test
    void cleanSupplierRaisesNoSignal() {
        assertThat(check().fraudSignals()).isEmpty();
    }

    @Test
    void sameInvoiceCodeAndNumberTwiceIsADuplicateAndRefers() {
        ReceivableEligibility first = fixture.receivables.get(1);
        fixture.receivables.add(SupplierFixture.receivable(99, first.invoiceCode(), first.invoiceNo(), SupplierFixture.SECOND_ID,
            new BigDecimal("12345.00"), true));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.DUPLICATE_INVOICE);
        assertThat(result.fraudSignals().get(0).evidence()).contains("1 invoice(s) duplicated").contains("3100261130/00001001");
        assertThat(result.fraudSignals().get(0).action()).isEqualTo(Decision.REFER);
        assertThat(result.decision()).isEqualTo(Decision.REFER);
    }

    @Test
    void sameDebtorAmountAndDateUnderAnotherNumberIsADuplicate() {
        ReceivableEligibility first = fixture.receivables.get(0);
        fixture.receivables.add(new ReceivableEligibility(98, "3100261130", "00009999", first.debtorId(), first.amount(),
            first.issueDate(), first.dueDate(), true, List.of()));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.DUPLICATE_INVOICE);
        assertThat(result.fraudSignals().get(0).evidence()).contains("3100261130/00001000=3100261130/00009999");
    }

    @Test
    void eligibilityReviewFindingsBecomeDuplicateAndDoubleFinancingSignals() {
        fixture.receivables.set(2, SupplierFixture.receivable(3, "3100261130", "00001002", SupplierFixture.CORE_ID,
            new BigDecimal("80000.00"), false, ReceivableEligibility.DUPLICATE_INVOICE));
        fixture.receivables.set(4, SupplierFixture.receivable(5, "3100261130", "00001004", SupplierFixture.CORE_ID,
            new BigDecimal("80500.00"), false, ReceivableEligibility.DOUBLE_FINANCING));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.DUPLICATE_INVOICE, FraudSignalType.DOUBLE_FINANCING);
        FraudSignal doubleFinancing = result.fraudSignals().get(1);
        assertThat(doubleFinancing.evidence()).isEqualTo("1 invoice(s) already financed elsewhere: 3100261130/00001004");
        assertThat(doubleFinancing.evidenceZh()).isEqualTo("1张发票已在他处融资：3100261130/00001004");
        assertThat(doubleFinancing.action()).isEqualTo(Decision.DECLINE);
        assertThat(result.decision()).isEqualTo(Decision.DECLINE);
        assertThat(result.decisionNotes()).extracting(LocalizedText::en).containsExactly(
            "Score " + result.score() + " against cut-offs approve >= 590, refer >= 560: APPROVE",
            "Fraud signal DUPLICATE_INVOICE: REFER",
            "Fraud signal DOUBLE_FINANCING: DECLINE");
        assertThat(result.decisionNotes().get(2).zh()).isEqualTo("欺诈风险信号DOUBLE_FINANCING：拒绝");
    }

    @Test
    void invoicesDatedInTheFutureOrDueBeforeIssueAreFlagged() {
        ReceivableEligibility template = fixture.receivables.get(6);
        fixture.receivables.set(6, new ReceivableEligibility(template.id(), template.invoiceCode(), template.invoiceNo(),
            template.debtorId(), template.amount(), SupplierFixture.AS_OF.plusDays(3), SupplierFixture.AS_OF.plusDays(93),
            true, List.of()));
        fixture.receivables.set(7, new ReceivableEligibility(8, "3100261130", "00001007", SupplierFixture.CORE_ID,
            new BigDecimal("70000.00"), SupplierFixture.AS_OF.minusDays(10), SupplierFixture.AS_OF.minusDays(40), true,
            List.of()));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.INVOICE_DATE_ANOMALY);
        assertThat(result.fraudSignals().get(0).evidence()).isEqualTo("2 invoice(s) dated in the future or due before issue "
            + "(issue -> due): 3100261130/00001006 (2026-11-30 -> 2027-02-28), 3100261130/00001007 (2026-11-17 -> 2026-10-18)");
        assertThat(result.decision()).isEqualTo(Decision.REFER);
    }

    @Test
    void salesJumpingBeforeTheApplicationIsATurnoverJump() {
        for (int back = 0; back < 3; back++) {
            fixture.setMonth(LAST.minusMonths(back), SupplierFixture.CORE_ID, 4_000_000, 60_000);
        }

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.TURNOVER_JUMP);
        assertThat(result.fraudSignals().get(0).evidence())
            .startsWith("Average monthly sales of the last 3 months (4,8")
            .contains("times those of the prior 12 months (2,0")
            .endsWith("threshold 2.00");
    }

    @Test
    void moderateGrowthIsNoTurnoverJump() {
        for (int back = 0; back < 3; back++) {
            fixture.setMonth(LAST.minusMonths(back), SupplierFixture.CORE_ID, 2_000_000, 30_000);
        }

        assertThat(types(check())).doesNotContain(FraudSignalType.TURNOVER_JUMP);
    }

    @Test
    void debtorThatAlsoSellsToTheSupplierIsRoundTripping() {
        fixture.replaceDebtor(SupplierFixture.THIRD_ID, d -> SupplierFixture.with(d, false, false, true));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.ROUND_TRIPPING);
        assertThat(result.fraudSignals().get(0).evidence()).isEqualTo("Debtor 苏州瑞丰机电有限公司 ("
            + fixture.debtors.get(2).uscc() + ") also sells to the supplier");
    }

    @Test
    void debtorSharingUsccPrefixAddressOrBankAccountIsRoundTripping() {
        Uscc sister = Uscc.complete(fixture.supplier.uscc().value().substring(0, 14) + "9Y7");
        fixture.debtors.add(new SupplierDebtor(7, sister, "上海星辰贸易有限公司", "BB", false, false, false, false, null,
            List.of("上海市浦东新区张江路８８号 "), List.of("6222-0210-0101-2345-678")));

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.ROUND_TRIPPING, FraudSignalType.ROUND_TRIPPING,
            FraudSignalType.ROUND_TRIPPING);
        assertThat(result.fraudSignals()).extracting(FraudSignal::evidence).containsExactly(
            "Debtor 上海星辰贸易有限公司 (" + sister + ") shares the first 14 characters of its USCC with the supplier (91310115MA1K4C)",
            "Debtor 上海星辰贸易有限公司 (" + sister + ") shares the supplier's address: 上海市浦东新区张江路８８号 ",
            "Debtor 上海星辰贸易有限公司 (" + sister + ") shares the supplier's bank account ****5678");
    }

    @Test
    void invoicesClusteredJustUnderAnApprovalThresholdAreFlagged() {
        for (int i = 0; i < 8; i++) {
            fixture.receivables.set(i * 3, SupplierFixture.receivable(i * 3 + 1, "3100261130", String.format("%08d", 1000 + i * 3),
                SupplierFixture.CORE_ID, new BigDecimal(98_000 + i * 250).setScale(2), true));
        }

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.THRESHOLD_CLUSTERING);
        assertThat(result.fraudSignals().get(0).evidence())
            .startsWith("9 of 30 invoices (30.0%) lie within 3.0% below approval thresholds 100,000.00");
    }

    @Test
    void creditNotesRisingInTheLastMonthsAreFlagged() {
        for (int back = 0; back < 3; back++) {
            for (long debtor : new long[] {SupplierFixture.CORE_ID, SupplierFixture.SECOND_ID, SupplierFixture.THIRD_ID}) {
                double sales = debtor == SupplierFixture.CORE_ID ? 1_200_000 : debtor == SupplierFixture.SECOND_ID ? 500_000 : 300_000;
                fixture.setMonth(LAST.minusMonths(back), debtor, sales, sales * 0.07);
            }
        }

        CreditCheckResult result = check();

        assertThat(types(result)).containsExactly(FraudSignalType.RISING_CREDIT_NOTES);
        assertThat(result.fraudSignals().get(0).evidence())
            .isEqualTo("Credit notes were 7.0% of sales in the last 3 months against 1.5% in the prior 9 months");
        assertThat(result.fraudSignals().get(0).evidenceZh())
            .isEqualTo("近3个月红字发票占销售额7.0%，此前9个月为1.5%");
    }
}
