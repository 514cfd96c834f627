package io.factordesk.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EligibilityScanTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final long CORE = 100;
    private static final long OTHER = 101;
    private static final long SMALL = 102;

    private final Map<Long, DebtorProfile> debtors = new HashMap<>();
    private final List<ReceivableFacts> receivables = new ArrayList<>();
    private final Set<SupplierDebtorPair> related = new java.util.HashSet<>();
    private EligibilitySettings settings = EligibilitySettings.defaults();
    private long nextId = 1;

    @BeforeEach
    void debtors() {
        debtors.put(CORE, new DebtorProfile(CORE, "核心企业", true, null, true));
        debtors.put(OTHER, new DebtorProfile(OTHER, "Other Buyer", true, new BigDecimal("1000000"), false));
        debtors.put(SMALL, new DebtorProfile(SMALL, "Unapproved Buyer", false, null, false));
    }

    private ReceivableFacts add(long supplier, long debtor, String face, LocalDate issue, LocalDate due) {
        return add(supplier, debtor, face, issue, due, ReceivableStatus.OPEN, false, "0");
    }

    private ReceivableFacts add(long supplier, long debtor, String face, LocalDate issue, LocalDate due,
                                ReceivableStatus status, boolean disputed, String creditNote) {
        long id = nextId++;
        ReceivableFacts facts = new ReceivableFacts(id, supplier, debtor, "3200261130", String.format("%08d", id),
                issue, due, new BigDecimal(face), BigDecimal.ZERO, new BigDecimal(creditNote), status, disputed);
        receivables.add(facts);
        return facts;
    }

    private Map<Long, EligibilityResult> scan() {
        EligibilityScan scan = new EligibilityScan(settings, AS_OF, debtors, related);
        receivables.forEach(scan::observe);
        receivables.forEach(scan::evaluate);
        Map<Long, EligibilityResult> results = new HashMap<>();
        scan.finish(r -> results.put(r.receivableId(), r));
        return results;
    }

    @Test
    void aCleanReceivableIsEligible() {
        ReceivableFacts r = add(1, CORE, "1000.00", AS_OF.minusDays(10), AS_OF.plusDays(50));
        assertThat(scan().get(r.id()).eligible()).isTrue();
    }

    @Test
    void pastDueStartsTheDayAfterTheDueDate() {
        ReceivableFacts dueToday = add(1, CORE, "1000.00", AS_OF.minusDays(60), AS_OF);
        ReceivableFacts dueYesterday = add(1, CORE, "1000.00", AS_OF.minusDays(60), AS_OF.minusDays(1));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(dueToday.id()).failed(EligibilityRule.PAST_DUE)).isFalse();
        assertThat(results.get(dueYesterday.id()).failures())
                .anySatisfy(f -> assertThat(f.detail()).isEqualTo("1 days past due (due 2026-06-29)"));
    }

    @Test
    void ageAndTenorLimitsAreInclusive() {
        ReceivableFacts age180 = add(1, CORE, "1.00", AS_OF.minusDays(180), AS_OF.plusDays(1));
        ReceivableFacts age181 = add(1, CORE, "1.00", AS_OF.minusDays(181), AS_OF.plusDays(1));
        ReceivableFacts tenor180 = add(1, CORE, "1.00", AS_OF, AS_OF.plusDays(180));
        ReceivableFacts tenor181 = add(1, CORE, "1.00", AS_OF, AS_OF.plusDays(181));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(age180.id()).failed(EligibilityRule.TOO_OLD)).isFalse();
        assertThat(results.get(age181.id()).failed(EligibilityRule.TOO_OLD)).isTrue();
        assertThat(results.get(tenor180.id()).failed(EligibilityRule.TENOR_TOO_LONG)).isFalse();
        assertThat(results.get(tenor181.id()).failed(EligibilityRule.TENOR_TOO_LONG)).isTrue();
    }

    @Test
    void impossibleDatesAreNamed() {
        ReceivableFacts future = add(1, CORE, "1.00", AS_OF.plusDays(1), AS_OF.plusDays(30));
        ReceivableFacts backwards = add(1, CORE, "1.00", AS_OF.minusDays(5), AS_OF.minusDays(6));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(future.id()).failed(EligibilityRule.FUTURE_DATED)).isTrue();
        assertThat(results.get(backwards.id()).failed(EligibilityRule.DUE_BEFORE_ISSUE)).isTrue();
    }

    @Test
    void disputesCreditNotesAndStatusesFail() {
        ReceivableFacts disputed = add(1, CORE, "100.00", AS_OF.minusDays(5), AS_OF.plusDays(30),
                ReceivableStatus.OPEN, true, "0");
        ReceivableFacts diluted = add(1, CORE, "100.00", AS_OF.minusDays(5), AS_OF.plusDays(30),
                ReceivableStatus.OPEN, false, "0.01");
        ReceivableFacts held = add(1, CORE, "100.00", AS_OF.minusDays(5), AS_OF.plusDays(30),
                ReceivableStatus.HELD, false, "0");
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(disputed.id()).failed(EligibilityRule.DISPUTED)).isTrue();
        assertThat(results.get(diluted.id()).failed(EligibilityRule.DILUTED)).isTrue();
        assertThat(results.get(held.id()).failed(EligibilityRule.NOT_OPEN)).isTrue();
    }

    @Test
    void crossAgingTaintsTheWholeDebtorAboveTenPercent() {
        // 10% exactly over 90 days: not tainted; just above: every receivable of that debtor fails.
        add(1, OTHER, "900.00", AS_OF.minusDays(20), AS_OF.plusDays(30));
        ReceivableFacts old = add(2, OTHER, "100.00", AS_OF.minusDays(150), AS_OF.minusDays(91));
        assertThat(scan().get(old.id()).failed(EligibilityRule.CROSS_AGING)).isFalse();
        receivables.clear();
        ReceivableFacts fresh = add(1, OTHER, "899.99", AS_OF.minusDays(20), AS_OF.plusDays(30));
        add(2, OTHER, "100.01", AS_OF.minusDays(150), AS_OF.minusDays(91));
        EligibilityResult result = scan().get(fresh.id());
        assertThat(result.failed(EligibilityRule.CROSS_AGING)).isTrue();
        assertThat(result.failures()).anySatisfy(f -> assertThat(f.detail()).contains("10.0% of Other Buyer"));
    }

    @Test
    void ninetyDaysPastDueIsNotYetCrossAged() {
        add(1, OTHER, "100.00", AS_OF.minusDays(20), AS_OF.plusDays(30));
        ReceivableFacts ninety = add(2, OTHER, "900.00", AS_OF.minusDays(120), AS_OF.minusDays(90));
        assertThat(scan().get(ninety.id()).failed(EligibilityRule.CROSS_AGING)).isFalse();
    }

    @Test
    void debtorApprovalAndLimitAreChecked() {
        ReceivableFacts unapproved = add(1, SMALL, "10.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        ReceivableFacts overLimit = add(1, OTHER, "1000000.01", AS_OF.minusDays(5), AS_OF.plusDays(30));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(unapproved.id()).failed(EligibilityRule.DEBTOR_NOT_APPROVED)).isTrue();
        assertThat(results.get(overLimit.id()).failed(EligibilityRule.DEBTOR_OVER_LIMIT)).isTrue();
    }

    @Test
    void duplicateInvoiceAndDoubleFinancingAcrossSuppliers() {
        ReceivableFacts first = add(1, CORE, "5000.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        ReceivableFacts copy = new ReceivableFacts(nextId++, 2, CORE, first.invoiceCode(), first.invoiceNo(),
                first.issueDate(), first.dueDate(), first.faceAmount(), BigDecimal.ZERO, BigDecimal.ZERO,
                ReceivableStatus.OPEN, false);
        receivables.add(copy);
        ReceivableFacts sameSupplierSameAmount = add(1, CORE, "7000.00", AS_OF.minusDays(3), AS_OF.plusDays(30));
        ReceivableFacts sameSupplierSameAmount2 = add(1, CORE, "7000.00", AS_OF.minusDays(3), AS_OF.plusDays(40));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(first.id()).failed(EligibilityRule.DUPLICATE_INVOICE)).isTrue();
        assertThat(results.get(copy.id()).failed(EligibilityRule.DUPLICATE_INVOICE)).isTrue();
        assertThat(results.get(copy.id()).failed(EligibilityRule.DOUBLE_FINANCING)).isTrue();
        assertThat(results.get(first.id()).failed(EligibilityRule.DOUBLE_FINANCING)).isTrue();
        // The same debtor, amount and date from one supplier is repeat business, not double financing.
        assertThat(results.get(sameSupplierSameAmount.id()).failed(EligibilityRule.DOUBLE_FINANCING)).isFalse();
        assertThat(results.get(sameSupplierSameAmount2.id()).eligible()).isTrue();
    }

    @Test
    void concentrationOnOneDebtorOfASupplierButNotTheCoreEnterprise() {
        ReceivableFacts big = add(1, OTHER, "600.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        add(1, CORE, "400.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        ReceivableFacts coreHeavy = add(2, CORE, "900.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        add(2, OTHER, "100.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(big.id()).failed(EligibilityRule.CONCENTRATION)).isTrue();
        assertThat(results.get(big.id()).failures()).anySatisfy(f -> assertThat(f.detail())
                .isEqualTo("Other Buyer holds 60.0% of the supplier's eligible pool, limit 40.0%"));
        assertThat(results.get(coreHeavy.id()).failed(EligibilityRule.CONCENTRATION)).isFalse();
        assertThat(results.get(coreHeavy.id()).failed(EligibilityRule.REGULATORY_CONCENTRATION)).isFalse();
    }

    @Test
    void aDebtorAboveHalfTheFinancedBookFailsTheRegulatoryLimit() {
        add(3, CORE, "500.01", AS_OF.minusDays(5), AS_OF.plusDays(30), ReceivableStatus.FINANCED, false, "0");
        add(3, OTHER, "499.99", AS_OF.minusDays(5), AS_OF.plusDays(30), ReceivableStatus.FINANCED, false, "0");
        ReceivableFacts candidate = add(1, CORE, "10.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        ReceivableFacts other = add(1, OTHER, "10.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        Map<Long, EligibilityResult> results = scan();
        assertThat(results.get(candidate.id()).failed(EligibilityRule.REGULATORY_CONCENTRATION)).isTrue();
        assertThat(results.get(other.id()).failed(EligibilityRule.REGULATORY_CONCENTRATION)).isFalse();
    }

    @Test
    void relatedPartyDebtorsFail() {
        related.add(new SupplierDebtorPair(7, OTHER));
        ReceivableFacts r = add(7, OTHER, "10.00", AS_OF.minusDays(5), AS_OF.plusDays(30));
        assertThat(scan().get(r.id()).failed(EligibilityRule.RELATED_PARTY)).isTrue();
    }

    @Test
    void listsEveryFailedRuleNotJustTheFirst() {
        ReceivableFacts r = add(1, SMALL, "10.00", AS_OF.minusDays(300), AS_OF.minusDays(10),
                ReceivableStatus.OPEN, true, "0");
        assertThat(scan().get(r.id()).failures()).extracting(RuleFailure::rule)
                .contains(EligibilityRule.PAST_DUE, EligibilityRule.TOO_OLD, EligibilityRule.TENOR_TOO_LONG,
                        EligibilityRule.DISPUTED, EligibilityRule.DEBTOR_NOT_APPROVED);
    }
}
