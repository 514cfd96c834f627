package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.CreditFileDebtor;
import io.factordesk.domain.credit.CreditParty;
import io.factordesk.domain.credit.ReviewedReceivable;
import io.factordesk.scoring.CreditCheckInput;
import io.factordesk.scoring.FinancingRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request a check assumes when the officer enters none, and what the officer's entries override. */
class CreditCheckInputsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final CreditParty SUPPLIER = new CreditParty(1, Uscc.complete("91320506MA1M00001"), "苏州华鑫",
            LocalDate.of(2015, 4, 1), null, null, null, List.of("星湖街328号"), List.of("1102020109000012345"));
    private static final CreditParty DEBTOR = new CreditParty(10, Uscc.complete("91310115MA1K00003"), "华夏重型",
            null, null, null, null, List.of(), List.of("622"));
    private static final CreditFile FILE = new CreditFile(SUPPLIER, AS_OF, List.of(), List.of(
            receivable(101, "100000.00", "2026-07-31"),
            receivable(102, "50000.00", "2026-08-30"),
            new ReviewedReceivable(103, "3205261130", "103", 10, new BigDecimal("900000.00"), AS_OF.minusDays(200),
                    LocalDate.of(2026, 3, 1), List.of("PAST_DUE"))),
            List.of(new CreditFileDebtor(DEBTOR, "AA", true, false, true, false, new BigDecimal("700000.00"))), 2, 12);

    private final CreditCheckInputs inputs = new CreditCheckInputs(new BigDecimal("0.80"));

    @Test
    void defaultRequestIsEligibleFaceTimesPolicyAdvanceRateOverWeightedDaysToDue() {
        FinancingRequest request = inputs.request(FILE, RequestedTerms.DEFAULTS);
        assertThat(request.requestedAmount()).isEqualByComparingTo("120000.00");
        // (100,000 x 46 days + 50,000 x 76 days) / 150,000 = 56 days; the ineligible receivable does not count.
        assertThat(request.tenorDays()).isEqualTo(56);
        assertThat(request.advanceRate()).isEqualByComparingTo("0.80");
    }

    @Test
    void officerEntriesOverrideTheDefaults() {
        FinancingRequest request = inputs.request(FILE, new RequestedTerms(null, 30, new BigDecimal("0.70")));
        assertThat(request.requestedAmount()).isEqualByComparingTo("105000.00");
        assertThat(request.tenorDays()).isEqualTo(30);
        FinancingRequest amount = inputs.request(FILE, new RequestedTerms(new BigDecimal("5000"), null, null));
        assertThat(amount.requestedAmount()).isEqualByComparingTo("5000");
        assertThat(amount.tenorDays()).isEqualTo(56);
    }

    @Test
    void creditFileBecomesTheEngineInput() {
        CreditCheckInput input = inputs.of(FILE, RequestedTerms.DEFAULTS);
        assertThat(input.asOf()).isEqualTo(AS_OF);
        assertThat(input.supplier().uscc()).isEqualTo(SUPPLIER.uscc());
        assertThat(input.supplier().bankAccounts()).containsExactly("1102020109000012345");
        assertThat(input.receivables()).extracting(r -> r.eligible()).containsExactly(true, true, false);
        assertThat(input.receivables().get(2).reasons()).containsExactly("PAST_DUE");
        assertThat(input.debtors()).singleElement().satisfies(d -> {
            assertThat(d.debtorId()).isEqualTo(10);
            assertThat(d.relatedParty()).isTrue();
            assertThat(d.creditLimit()).isEqualByComparingTo("700000.00");
            assertThat(d.bankAccounts()).containsExactly("622");
        });
        assertThat(input.history().pastDeals()).isEqualTo(2);
        assertThat(input.history().maxDaysPastDue()).isEqualTo(12);
    }

    private static ReviewedReceivable receivable(long id, String face, String due) {
        return new ReviewedReceivable(id, "3205261130", String.valueOf(id), 10, new BigDecimal(face),
                LocalDate.of(2026, 5, 1), LocalDate.parse(due), List.of());
    }
}
