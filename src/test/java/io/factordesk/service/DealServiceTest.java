package io.factordesk.service;

import static io.factordesk.cache.jooq.Tables.AUDIT_LOG;
import static io.factordesk.cache.jooq.Tables.FINANCING_DEAL;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.cache.CacheDatabase;
import io.factordesk.cache.EligibilityFactsRepository;
import io.factordesk.cache.SupplierRepository;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.HandlingFee;
import io.factordesk.domain.eligibility.EligibilitySettings;
import io.factordesk.testing.CacheFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealServiceTest {

    private static final LocalDate FUNDING = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(FUNDING.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private DealService deals;
    private Uscc supplierUscc;
    private long good1;
    private long good2;
    private long disputedLater;
    private long dueOnFundingDay;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        fixture.officer("maker", OfficerRole.OFFICER, "5000000");
        fixture.officer("checker", OfficerRole.APPROVER, "50000000");
        fixture.officer("small.checker", OfficerRole.APPROVER, "1000");
        supplierUscc = fixture.newUscc();
        long supplier = fixture.supplier(supplierUscc, "苏州华鑫精密机械有限公司");
        long core = fixture.debtor("核心企业集团有限公司", true, true, null);
        long unapproved = fixture.debtor("未核准买方有限公司", false, false, null);
        good1 = fixture.receivable(supplier, core, "100000.00", FUNDING.minusDays(10), FUNDING.plusDays(80));
        good2 = fixture.receivable(supplier, core, "50000.00", FUNDING.minusDays(5), FUNDING.plusDays(85));
        dueOnFundingDay = fixture.receivable(supplier, core, "700.00", FUNDING.minusDays(60), FUNDING);
        disputedLater = fixture.receivable(supplier, unapproved, "9999.00", FUNDING.minusDays(5), FUNDING.plusDays(60));
        EligibilityService eligibility = new EligibilityService(new EligibilityFactsRepository(cache),
                EligibilitySettings.defaults());
        deals = new DealService(new Transactions(cache, CLOCK), new SupplierRepository(cache.dsl()), eligibility,
                DealPolicyFile.load(folder), CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private DealRequest allEligible() {
        return new DealRequest(supplierUscc, List.of(), new DealTerms(FUNDING, new BigDecimal("0.8"),
                new BigDecimal("0.06"), HandlingFee.fixed(new BigDecimal("500.00")), true, true));
    }

    @Test
    void createsADealFromEveryEligibleReceivable() {
        Deal deal = deals.create(allEligible(), "maker");
        assertThat(deal.status()).isEqualTo(DealStatus.DRAFT);
        assertThat(deal.dealNo()).isEqualTo(String.format("FD-2026-%06d", deal.id()));
        assertThat(deal.priced().lines()).extracting(l -> l.receivable().receivableId())
                .containsExactlyInAnyOrder(good1, good2);
        // 80,000 x 6% x 80/360 = 1,066.67 and 40,000 x 6% x 85/360 = 566.67
        assertThat(deal.priced().totals().advance()).isEqualByComparingTo("120000.00");
        assertThat(deal.priced().totals().discountInterest()).isEqualByComparingTo("1633.34");
        assertThat(deal.priced().totals().netProceeds()).isEqualByComparingTo("117866.66");
        assertThat(deal.missingRegistration()).isTrue();
        assertThat(cache.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("DEAL_CREATED"))).isEqualTo(1);
    }

    @Test
    void allEligibleLeavesOutReceivablesDueOnTheFundingDay() {
        Deal deal = deals.create(allEligible(), "maker");
        assertThat(deal.priced().lines()).extracting(l -> l.receivable().receivableId())
                .doesNotContain(dueOnFundingDay);
        assertThatThrownBy(() -> deals.create(new DealRequest(supplierUscc, List.of(dueOnFundingDay),
                allEligible().terms()), "maker")).hasMessageContaining("not after the funding date");
    }

    @Test
    void refusesTermsOutsidePolicy() {
        DealRequest greedy = new DealRequest(supplierUscc, List.of(), new DealTerms(FUNDING, new BigDecimal("0.95"),
                new BigDecimal("0.06"), HandlingFee.NONE, true, true));
        assertThatThrownBy(() -> deals.create(greedy, "maker")).hasMessageContaining("above the policy maximum 0.90");
        assertThat(cache.dsl().fetchCount(FINANCING_DEAL)).isZero();
    }

    @Test
    void refusesIneligibleReceivablesAndWritesNothing() {
        DealRequest request = new DealRequest(supplierUscc, List.of(good1, disputedLater), allEligible().terms());
        assertThatThrownBy(() -> deals.create(request, "maker"))
                .isInstanceOf(DealRuleException.class)
                .hasMessageContaining("#" + disputedLater + " DEBTOR_NOT_APPROVED");
        assertThat(cache.dsl().fetchCount(FINANCING_DEAL)).isZero();
        assertThat(cache.dsl().fetchCount(AUDIT_LOG)).isZero();
    }

    @Test
    void aReceivableGoesIntoOneDealOnly() {
        deals.create(new DealRequest(supplierUscc, List.of(good1), allEligible().terms()), "maker");
        assertThatThrownBy(() -> deals.create(new DealRequest(supplierUscc, List.of(good1), allEligible().terms()),
                "maker")).hasMessageContaining("already in another deal");
    }

    @Test
    void makerSubmitsAnotherOfficerApprovesAndTheReceivablesAreFinanced() {
        Deal deal = deals.create(allEligible(), "maker");
        deals.submit(deal.id(), "maker");
        Deal approved = deals.approve(deal.id(), "checker");
        assertThat(approved.status()).isEqualTo(DealStatus.APPROVED);
        assertThat(approved.approvedAt()).isEqualTo(FUNDING.atTime(10, 0));
        assertThat(cache.dsl().fetchCount(RECEIVABLE, RECEIVABLE.STATUS.eq("FINANCED"))).isEqualTo(2);
        assertThat(cache.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION))
                .containsExactly("DEAL_CREATED", "DEAL_SUBMITTED", "DEAL_APPROVED");
    }

    @Test
    void noSelfApprovalNoLimitBypassNoSkippingSubmission() {
        Deal deal = deals.create(allEligible(), "maker");
        assertThatThrownBy(() -> deals.approve(deal.id(), "checker")).hasMessageContaining("cannot become APPROVED");
        deals.submit(deal.id(), "maker");
        assertThatThrownBy(() -> deals.approve(deal.id(), "maker")).hasMessageContaining("may not approve");
        assertThatThrownBy(() -> deals.approve(deal.id(), "small.checker")).hasMessageContaining("authority limit");
        assertThat(deals.find(deal.id()).status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(cache.dsl().fetchCount(RECEIVABLE, RECEIVABLE.STATUS.eq("FINANCED"))).isZero();
    }

    @Test
    void anApproverWhoMadeTheDealCannotApproveIt() {
        Deal deal = deals.create(allEligible(), "checker");
        deals.submit(deal.id(), "checker");
        assertThatThrownBy(() -> deals.approve(deal.id(), "checker")).hasMessageContaining("no self-approval");
    }

    @Test
    void returnedDealsGoBackToTheMakerWithAReason() {
        Deal deal = deals.create(allEligible(), "maker");
        deals.submit(deal.id(), "maker");
        assertThatThrownBy(() -> deals.returnToMaker(deal.id(), "checker", " ")).hasMessageContaining("reason");
        assertThat(deals.returnToMaker(deal.id(), "checker", "registry number missing").status())
                .isEqualTo(DealStatus.RETURNED);
        assertThat(deals.submit(deal.id(), "maker").status()).isEqualTo(DealStatus.SUBMITTED);
    }

    @Test
    void offersTheEligibleReceivablesNotYetInADealAndListsDealsNewestFirst() {
        assertThat(deals.eligibleReceivables(supplierUscc, FUNDING)).extracting(r -> r.receivableId())
                .containsExactly(good1, good2);
        assertThat(deals.recent(10)).isEmpty();

        Deal deal = deals.create(new DealRequest(supplierUscc, List.of(good2), allEligible().terms()), "maker");

        assertThat(deals.eligibleReceivables(supplierUscc, FUNDING)).extracting(r -> r.receivableId())
                .containsExactly(good1);
        assertThat(deals.recent(10)).singleElement().satisfies(listing -> {
            assertThat(listing.dealNo()).isEqualTo(deal.dealNo());
            assertThat(listing.status()).isEqualTo(DealStatus.DRAFT);
            assertThat(listing.advance()).isEqualByComparingTo(deal.financingAmount());
            assertThat(listing.supplierName()).isEqualTo("苏州华鑫精密机械有限公司");
        });
        assertThat(deals.recent(0)).isEmpty();
    }
}
