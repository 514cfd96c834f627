package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.eligibility.EligibilitySettings;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReasonLine;
import io.factordesk.domain.review.ReceivableDossier;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.domain.review.ReviewTotals;
import io.factordesk.domain.review.ScanMark;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.testing.CacheFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDeskServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private CacheFixture fixture;
    private ReviewDeskService desk;
    private ReceivableReviewService review;
    private EligibilityScanService scans;
    private long huaxin;
    private long yongtai;
    private long core;
    private long notApproved;
    private long good;
    private long goodToo;
    private long pastDue;
    private long unapproved;
    private long otherSupplier;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        fixture = new CacheFixture(cache.dsl());
        fixture.officer("li.na", OfficerRole.OFFICER, "5000000");
        huaxin = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        yongtai = fixture.supplier(fixture.newUscc(), "宁波永泰包装材料有限公司");
        core = fixture.debtor("核心企业集团有限公司", true, true, null);
        notApproved = fixture.debtor("未核准买方有限公司", false, false, null);
        good = fixture.receivable(huaxin, core, "100000.00", AS_OF.minusDays(10), AS_OF.plusDays(80));
        goodToo = fixture.receivable(huaxin, core, "50000.00", AS_OF.minusDays(5), AS_OF.plusDays(85));
        pastDue = fixture.receivable(huaxin, core, "700.00", AS_OF.minusDays(60), AS_OF.minusDays(3));
        unapproved = fixture.receivable(huaxin, notApproved, "9999.00", AS_OF.minusDays(5), AS_OF.plusDays(60));
        otherSupplier = fixture.receivable(yongtai, core, "30000.00", AS_OF.minusDays(20), AS_OF.plusDays(70));
        Transactions transactions = new Transactions(cache, CLOCK);
        EligibilityService eligibility = new EligibilityService(new EligibilityFactsRepository(cache),
                EligibilitySettings.defaults());
        scans = new EligibilityScanService(transactions, eligibility, CLOCK);
        review = new ReceivableReviewService(transactions, CLOCK);
        desk = new ReviewDeskService(new ReviewDeskRepository(cache.dsl()), review, new BigDecimal("0.80"));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void beforeAnyScanEveryReceivableIsNotScannedAndNothingIsEligible() {
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.NOT_SCANNED, null)))
                .containsExactly(good, goodToo, pastDue, unapproved, otherSupplier);
        ReviewTotals totals = desk.totals(ReviewFilter.none());
        assertThat(totals.count()).isEqualTo(5);
        assertThat(totals.faceAmount()).isEqualByComparingTo("190699.00");
        assertThat(totals.eligibleCount()).isZero();
        assertThat(totals.advanceable()).isEqualByComparingTo("0");
        assertThat(page(ReviewFilter.none()).get(0).scanned()).isFalse();
    }

    @Test
    void filtersByEligibilityAndByTheRuleThatFailed() {
        scans.scanAll(AS_OF, ProgressListener.NONE);

        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.INELIGIBLE, null)))
                .contains(pastDue, unapproved).doesNotContain(good, goodToo);
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.INELIGIBLE, EligibilityRule.PAST_DUE)))
                .containsExactly(pastDue);
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.ALL,
                EligibilityRule.DEBTOR_NOT_APPROVED))).containsExactly(unapproved);
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.ELIGIBLE, null)))
                .contains(good, goodToo).doesNotContain(pastDue, unapproved);
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.NOT_SCANNED, null))).isEmpty();
        ScanMark mark = row(pastDue).mark();
        assertThat(mark.eligible()).isFalse();
        assertThat(mark.asOf()).isEqualTo(AS_OF);
        assertThat(mark.failedRules()).contains(EligibilityRule.PAST_DUE);
    }

    @Test
    void theScanStoresEveryFailedRuleAsItsBitBesideItsName() {
        scans.scanAll(AS_OF, ProgressListener.NONE);

        var stored = cache.dsl().select(RECEIVABLE_ELIGIBILITY.RULES, RECEIVABLE_ELIGIBILITY.FAILED_RULES)
                .from(RECEIVABLE_ELIGIBILITY).fetch();
        assertThat(stored).hasSize(5);
        for (var row : stored) {
            int bits = 0;
            for (String name : row.value1() == null ? new String[0] : row.value1().split(",")) {
                bits |= 1 << EligibilityRule.valueOf(name).ordinal();
            }
            assertThat(row.value2()).as(row.value1()).isEqualTo(bits);
        }
        assertThat(stored).anySatisfy(row -> assertThat(row.value2()).isNotZero());
    }

    @Test
    void regulatoryConcentrationIsNotMistakenForConcentration() {
        // 512: the bit of REGULATORY_CONCENTRATION, as a scan stores it beside the name (V5).
        cache.dsl().execute("insert into receivable_eligibility (receivable_id, as_of, eligible, rules, details,"
                + " scanned_at, failed_rules) values (" + good + ", DATE '2026-06-01', false, 'REGULATORY_CONCENTRATION',"
                + " 'holds 60%', TIMESTAMP '2026-06-01 10:00:00', 512)");

        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.ALL, EligibilityRule.CONCENTRATION)))
                .isEmpty();
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.ALL,
                EligibilityRule.REGULATORY_CONCENTRATION))).containsExactly(good);
    }

    @Test
    void filtersBySupplierDebtorStatusDatesAmountsAndText() {
        review.verify(List.of(goodToo), VerificationDocument.INVOICE_ORIGINAL, "li.na");

        assertThat(ids(ReviewFilter.none().withSupplier(yongtai))).containsExactly(otherSupplier);
        assertThat(ids(ReviewFilter.none().withDebtor(notApproved))).containsExactly(unapproved);
        assertThat(ids(ReviewFilter.none().withStatus(ReceivableStatus.VERIFIED))).containsExactly(goodToo);
        assertThat(ids(ReviewFilter.none().withDue(AS_OF.plusDays(80), AS_OF.plusDays(85))))
                .containsExactly(good, goodToo);
        assertThat(ids(ReviewFilter.none().withIssued(AS_OF.minusDays(20), AS_OF.minusDays(10))))
                .containsExactly(good, otherSupplier);
        assertThat(ids(ReviewFilter.none().withAmount(new BigDecimal("700.00"), new BigDecimal("9999.00"))))
                .containsExactly(pastDue, unapproved);
        assertThat(ids(ReviewFilter.none().withText("永泰"))).containsExactly(otherSupplier);
        assertThat(ids(ReviewFilter.none().withText("未核准"))).containsExactly(unapproved);
        assertThat(ids(ReviewFilter.none().withText("PO-" + 3))).containsExactly(pastDue);
        assertThat(ids(ReviewFilter.none().withText("100%_"))).isEmpty();
        assertThat(ids(ReviewFilter.none().withSupplier(huaxin).withDebtor(core).withAmount(null,
                new BigDecimal("60000")))).containsExactly(goodToo, pastDue);
    }

    @Test
    void aContractReferenceOfDigitsOnlyIsFoundBesideInvoiceNumbersAndNames() {
        cache.dsl().update(io.factordesk.cache.jooq.Tables.RECEIVABLE)
                .set(io.factordesk.cache.jooq.Tables.RECEIVABLE.CONTRACT_REF, "20260042")
                .where(io.factordesk.cache.jooq.Tables.RECEIVABLE.ID.eq(good)).execute();
        cache.dsl().update(io.factordesk.cache.jooq.Tables.RECEIVABLE)
                .set(io.factordesk.cache.jooq.Tables.RECEIVABLE.CONTRACT_REF, "永泰")
                .where(io.factordesk.cache.jooq.Tables.RECEIVABLE.ID.eq(unapproved)).execute();

        assertThat(ids(ReviewFilter.none().withText("20260042"))).containsExactly(good);
        assertThat(ids(ReviewFilter.none().withText("永泰"))).as("name part or exact contract reference")
                .containsExactlyInAnyOrder(otherSupplier, unapproved);
        assertThat(desk.totals(ReviewFilter.none().withText("永泰")).count()).isEqualTo(2);
    }

    @Test
    void reversedRangesAndNegativeAmountsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> ReviewFilter.none().withDue(AS_OF, AS_OF.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due date");
        assertThatThrownBy(() -> ReviewFilter.none().withAmount(new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> ReviewFilter.none().withEligibility(EligibilityFilter.ELIGIBLE,
                EligibilityRule.PAST_DUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsInTheCacheWithTiesBrokenById() {
        List<Long> byAmountDesc = desk.page(new ReviewPageRequest(ReviewFilter.none(), ReviewSort.FACE_AMOUNT, true,
                0, 10)).rows().stream().map(r -> r.receivable().id()).toList();
        assertThat(byAmountDesc).containsExactly(good, goodToo, otherSupplier, unapproved, pastDue);
        List<Long> secondPage = desk.page(new ReviewPageRequest(ReviewFilter.none(), ReviewSort.DUE_DATE, false,
                2, 2)).rows().stream().map(r -> r.receivable().id()).toList();
        assertThat(secondPage).containsExactly(otherSupplier, good);
    }

    @Test
    void totalsCountFaceAndAdvanceTheEligibleOutstandingAtTheDefaultRate() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        cache.dsl().execute("update receivable set paid_amount = 10000.00, credit_note_amount = 333.33 where id = "
                + good);

        ReviewTotals huaxinTotals = desk.totals(ReviewFilter.none().withSupplier(huaxin));
        assertThat(huaxinTotals.count()).isEqualTo(4);
        assertThat(huaxinTotals.faceAmount()).isEqualByComparingTo("160699.00");
        assertThat(huaxinTotals.eligibleCount()).isEqualTo(2);
        assertThat(huaxinTotals.eligibleAmount()).isEqualByComparingTo("139666.67");
        assertThat(huaxinTotals.advanceRate()).isEqualByComparingTo("0.80");
        assertThat(huaxinTotals.advanceable()).isEqualByComparingTo("111733.34");
    }

    @Test
    void whatTheOfficerDidSinceTheScanTakesEligibilityAway() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        review.hold(List.of(good), "li.na", "awaiting delivery note");
        review.markDisputed(List.of(goodToo), "li.na", "buyer says goods damaged");

        assertThat(row(good).mark().eligible()).isFalse();
        assertThat(row(good).mark().failedRules()).containsExactly(EligibilityRule.NOT_OPEN);
        assertThat(row(goodToo).mark().failedRules()).contains(EligibilityRule.DISPUTED);
        assertThat(ids(ReviewFilter.none().withEligibility(EligibilityFilter.INELIGIBLE, null)))
                .contains(good, goodToo);
        assertThat(desk.totals(ReviewFilter.none().withSupplier(huaxin)).eligibleCount()).isZero();
    }

    @Test
    void dossierShowsFieldsReasonsWithTheirNumbersAndTheTrail() {
        scans.scanAll(AS_OF, ProgressListener.NONE);
        review.addNote(pastDue, "li.na", "supplier says the buyer paid on 2026-06-03");
        review.hold(List.of(pastDue), "li.na", "check the bank statement");

        ReceivableDossier dossier = desk.dossier(pastDue);

        assertThat(dossier.receivable().faceAmount()).isEqualByComparingTo("700.00");
        assertThat(dossier.mark().eligible()).isFalse();
        ReasonLine pastDueReason = dossier.reasons().stream().filter(r -> r.rule() == EligibilityRule.PAST_DUE)
                .findFirst().orElseThrow();
        assertThat(pastDueReason.detail()).contains("3 days past due");
        assertThat(dossier.reasons()).extracting(ReasonLine::rule).contains(EligibilityRule.NOT_OPEN);
        assertThat(dossier.trail()).hasSize(2);
        assertThat(dossier.trail().get(0).detail()).isEqualTo("supplier says the buyer paid on 2026-06-03");
        assertThat(dossier.trail().get(1).officerLogin()).isEqualTo("li.na");
        assertThatThrownBy(() -> desk.dossier(999_999)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void debtorChoicesNameEveryDebtor() {
        assertThat(desk.debtors()).extracting(d -> d.id()).containsExactlyInAnyOrder(core, notApproved);
    }

    private List<ReviewRow> page(ReviewFilter filter) {
        return desk.page(ReviewPageRequest.first(filter, 100)).rows();
    }

    private List<Long> ids(ReviewFilter filter) {
        return page(filter).stream().map(r -> r.receivable().id()).toList();
    }

    private ReviewRow row(long id) {
        return page(ReviewFilter.none()).stream().filter(r -> r.receivable().id() == id).findFirst().orElseThrow();
    }
}
