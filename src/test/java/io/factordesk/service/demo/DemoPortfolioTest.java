package io.factordesk.service.demo;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import io.factordesk.app.AppContext;
import io.factordesk.domain.Uscc;
import io.factordesk.security.PasswordHasher;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo portfolio a first start shows, at test size: 20 suppliers, 2,000 receivables. */
class DemoPortfolioTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    static final DemoSpec SPEC = new DemoSpec(20, 2_000, 42L);

    @TempDir
    static Path folder;
    static AppContext context;
    static DemoReport report;
    static DSLContext dsl;

    @BeforeAll
    static void build() {
        context = new AppContext(folder, Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        report = context.demoPortfolio().rebuildAsOf(SPEC, AS_OF, ProgressListener.NONE);
        dsl = context.cache().dsl();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void writesTheRequestedSizesWithTheCoreEnterpriseAndTenOtherDebtors() {
        Map<String, Long> counts = report.rowCounts();
        assertThat(counts).containsEntry("supplier", 20L).containsEntry("receivable", 2_000L)
                .containsEntry("officer", 2L).containsEntry("party_relation", 1L);
        assertThat(counts.get("debtor")).isEqualTo(12L);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.CORE_ENTERPRISE.isTrue())).isEqualTo(1);
        assertThat(counts.get("trading_month") % 24).isZero();
        assertThat(counts.get("trading_month")).isGreaterThanOrEqualTo(20L * 2 * 24);
        assertThat(counts.get("party_address")).isEqualTo(2 * dsl.fetchCount(PARTY));
    }

    @Test
    void theReceivableLookupIndexesAreBuiltAgainAfterTheRebuild() {
        assertThat(dsl.resultQuery("SELECT index_name FROM information_schema.indexes WHERE table_name = 'RECEIVABLE'")
                .fetch(0, String.class)).contains("IX_RECEIVABLE_DUE", "IX_RECEIVABLE_FACE", "IX_RECEIVABLE_INVOICE",
                "IX_RECEIVABLE_INVOICE_NO", "IX_RECEIVABLE_CONTRACT");
    }

    @Test
    void everyPartyHasAValidUsccAndChineseAndEnglishNames() {
        var parties = dsl.selectFrom(PARTY).fetch();
        assertThat(parties).isNotEmpty().allSatisfy(p -> {
            assertThat(Uscc.isValid(p.getUscc())).as(p.getUscc()).isTrue();
            assertThat(p.getUscc()).startsWith("91");
            assertThat(p.getNameZh()).endsWith("公司");
            assertThat(p.getNameEn()).contains("Co., Ltd.");
        });
        assertThat(parties.stream().map(p -> p.getNameZh()).distinct()).hasSameSizeAs(parties);
    }

    @Test
    void receivablesLieInTheLastEighteenMonthsAndFallDueAfterPaymentTerms() {
        var rows = dsl.select(RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO,
                DEBTOR.PAYMENT_TERMS_DAYS).from(RECEIVABLE).join(DEBTOR).on(DEBTOR.PARTY_ID.eq(RECEIVABLE.DEBTOR_ID))
                .fetch();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value1()).isAfterOrEqualTo(AS_OF.minusMonths(17).withDayOfMonth(1)).isBeforeOrEqualTo(AS_OF);
            assertThat(r.value2()).isEqualTo(r.value1().plusDays(r.value5()));
            assertThat(r.value3()).matches("\\d{10}|\\d{12}");
            assertThat(r.value4()).matches("\\d{8}");
        });
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.STATUS.eq("PAID").and(RECEIVABLE.PAID_ON.isNotNull())))
                .isGreaterThan(1_000);
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.STATUS.eq("FINANCED"))).isPositive();
    }

    @Test
    void theSameInvoiceIsClaimedByTwoSuppliers() {
        assertThat(report.planted().duplicateInvoices()).hasSize(1);
        var duplicate = report.planted().duplicateInvoices().get(0);
        List<String> claimants = dsl.select(PARTY.USCC).from(RECEIVABLE).join(PARTY).on(PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .where(RECEIVABLE.INVOICE_CODE.eq(duplicate.invoiceCode()).and(RECEIVABLE.INVOICE_NO.eq(duplicate.invoiceNo())))
                .fetch(PARTY.USCC);
        assertThat(claimants).containsExactlyInAnyOrder(duplicate.firstSupplier().value(),
                duplicate.secondSupplier().value());
        assertThat(dsl.select(RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO).from(RECEIVABLE)
                .groupBy(RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO).having(countDistinct(RECEIVABLE.SUPPLIER_ID).gt(1))
                .fetch()).hasSize(1);
    }

    @Test
    void theSameDebtorAmountAndDateAppearUnderTwoSuppliers() {
        assertThat(report.planted().repeatedInvoices()).hasSize(1);
        var repeated = report.planted().repeatedInvoices().get(0);
        var suppliers = dsl.select(PARTY.USCC).from(RECEIVABLE).join(PARTY).on(PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .where(RECEIVABLE.DEBTOR_ID.eq(partyId(repeated.debtor()))
                        .and(RECEIVABLE.FACE_AMOUNT.eq(repeated.faceAmount()))
                        .and(RECEIVABLE.ISSUE_DATE.eq(repeated.issueDate())))
                .fetch(PARTY.USCC);
        assertThat(suppliers).contains(repeated.firstSupplier().value(), repeated.secondSupplier().value());
    }

    @Test
    void disputedAndCreditNotedInvoicesAreMarked() {
        assertThat(report.planted().disputedInvoices()).isPositive();
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.DISPUTED.isTrue().and(RECEIVABLE.DISPUTE_REASON.isNotNull())))
                .isEqualTo((int) report.planted().disputedInvoices());
        assertThat(report.planted().creditNotedInvoices()).isPositive();
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.CREDIT_NOTE_AMOUNT.gt(BigDecimal.ZERO)
                .and(RECEIVABLE.CREDIT_NOTE_AMOUNT.lt(RECEIVABLE.FACE_AMOUNT))))
                .isEqualTo((int) report.planted().creditNotedInvoices());
    }

    @Test
    void theSlowPayerHasMoreThanTenPercentOfItsBalanceOverNinetyDaysPastDueButTheCoreEnterpriseDoesNot() {
        assertThat(overNinetyDaysShare(report.planted().crossAgedDebtor())).isGreaterThan(0.10);
        Uscc core = Uscc.of(dsl.select(PARTY.USCC).from(DEBTOR).join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID))
                .where(DEBTOR.CORE_ENTERPRISE.isTrue()).fetchSingle(PARTY.USCC));
        assertThat(overNinetyDaysShare(core)).isLessThan(0.10);
    }

    @Test
    void concentratedSuppliersSellMoreThanSixtyPercentToOneDebtor() {
        assertThat(report.planted().concentratedSuppliers()).isNotEmpty()
                .allSatisfy(uscc -> assertThat(largestDebtorShare(uscc)).isGreaterThan(0.60));
    }

    @Test
    void jumpingSuppliersSellFarMoreInTheLastThreeMonths() {
        assertThat(report.planted().turnoverJumpSuppliers()).isNotEmpty().allSatisfy(uscc -> {
            BigDecimal[] monthly = monthlySales(uscc);
            BigDecimal lastThree = monthly[21].add(monthly[22]).add(monthly[23]);
            BigDecimal nineBefore = BigDecimal.ZERO;
            for (int k = 12; k < 21; k++) {
                nineBefore = nineBefore.add(monthly[k]);
            }
            assertThat(lastThree.multiply(BigDecimal.valueOf(3))).isGreaterThan(nineBefore.multiply(BigDecimal.valueOf(2)));
        });
    }

    @Test
    void aDebtorIsRelatedToOneOfItsSuppliersAndSharesItsLegalRepresentative() {
        var related = report.planted().relatedParties();
        assertThat(dsl.fetchCount(PARTY_RELATION, PARTY_RELATION.PARTY_ID.eq(partyId(related.party()))
                .and(PARTY_RELATION.RELATED_PARTY_ID.eq(partyId(related.relatedParty()))))).isEqualTo(1);
        assertThat(legalRepresentative(related.party())).isEqualTo(legalRepresentative(related.relatedParty()));
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.SUPPLIER_ID.eq(partyId(related.relatedParty()))
                .and(RECEIVABLE.DEBTOR_ID.eq(partyId(related.party()))))).isPositive();
    }

    @Test
    void aSupplierIsAlsoTheDebtorOfAnotherSupplierThatSharesItsBankAccount() {
        var roundTrip = report.planted().roundTrip();
        long supplierAlsoDebtor = partyId(roundTrip.supplierAlsoDebtor());
        long partner = partyId(roundTrip.partnerSupplier());
        assertThat(dsl.fetchCount(SUPPLIER, SUPPLIER.PARTY_ID.eq(supplierAlsoDebtor))).isEqualTo(1);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.PARTY_ID.eq(supplierAlsoDebtor))).isEqualTo(1);
        assertThat(dsl.fetchCount(RECEIVABLE, RECEIVABLE.SUPPLIER_ID.eq(partner)
                .and(RECEIVABLE.DEBTOR_ID.eq(supplierAlsoDebtor)))).isPositive();
        assertThat(dsl.selectDistinct(BANK_ACCOUNT.PARTY_ID).from(BANK_ACCOUNT)
                .where(BANK_ACCOUNT.ACCOUNT_NO.eq(roundTrip.sharedAccountNo())).fetch(BANK_ACCOUNT.PARTY_ID))
                .containsExactlyInAnyOrder(supplierAlsoDebtor, partner);
    }

    @Test
    void demoOfficersLogInWithPasswordDemoAndCarryTheirAuthorityLimits() {
        PasswordHasher hasher = new PasswordHasher();
        var officer = context.officers().findByLogin("demo.officer").orElseThrow();
        var approver = context.officers().findByLogin("demo.approver").orElseThrow();
        assertThat(officer.authorityLimit()).isEqualByComparingTo("5000000.00");
        assertThat(approver.authorityLimit()).isEqualByComparingTo("50000000.00");
        String hash = context.officers().passwordHash("demo.officer").orElseThrow();
        assertThat(hash).startsWith("pbkdf2-sha256$");
        assertThat(hasher.verify("demo".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("Demo".toCharArray(), hash)).isFalse();
    }

    private long partyId(Uscc uscc) {
        return dsl.select(PARTY.ID).from(PARTY).where(PARTY.USCC.eq(uscc.value())).fetchSingle(PARTY.ID);
    }

    private String legalRepresentative(Uscc uscc) {
        return dsl.select(PARTY.LEGAL_REPRESENTATIVE).from(PARTY).where(PARTY.USCC.eq(uscc.value()))
                .fetchSingle(PARTY.LEGAL_REPRESENTATIVE);
    }

    private double overNinetyDaysShare(Uscc debtor) {
        var open = dsl.select(RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT.minus(RECEIVABLE.PAID_AMOUNT)
                        .minus(RECEIVABLE.CREDIT_NOTE_AMOUNT))
                .from(RECEIVABLE).where(RECEIVABLE.DEBTOR_ID.eq(partyId(debtor)).and(RECEIVABLE.STATUS.ne("PAID")))
                .fetch();
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal overNinety = BigDecimal.ZERO;
        for (var r : open) {
            balance = balance.add(r.value2());
            if (r.value1().isBefore(AS_OF.minusDays(90))) {
                overNinety = overNinety.add(r.value2());
            }
        }
        assertThat(balance).isPositive();
        return overNinety.doubleValue() / balance.doubleValue();
    }

    private double largestDebtorShare(Uscc supplier) {
        Map<Long, BigDecimal> byDebtor = dsl.select(TRADING_MONTH.DEBTOR_ID, sum(TRADING_MONTH.SALES)).from(TRADING_MONTH)
                .where(TRADING_MONTH.SUPPLIER_ID.eq(partyId(supplier))).groupBy(TRADING_MONTH.DEBTOR_ID)
                .fetchMap(TRADING_MONTH.DEBTOR_ID, sum(TRADING_MONTH.SALES));
        BigDecimal total = byDebtor.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return byDebtor.values().stream().mapToDouble(v -> v.doubleValue() / total.doubleValue()).max().orElse(0);
    }

    private BigDecimal[] monthlySales(Uscc supplier) {
        var byMonth = dsl.select(TRADING_MONTH.MONTH_START, sum(TRADING_MONTH.SALES)).from(TRADING_MONTH)
                .where(TRADING_MONTH.SUPPLIER_ID.eq(partyId(supplier))).groupBy(TRADING_MONTH.MONTH_START)
                .orderBy(TRADING_MONTH.MONTH_START).fetch();
        assertThat(byMonth).hasSize(24);
        return byMonth.stream().map(r -> r.value2()).collect(Collectors.toList()).toArray(new BigDecimal[0]);
    }
}
