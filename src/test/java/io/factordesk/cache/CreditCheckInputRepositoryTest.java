package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.TradingMonth;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.CreditFileDebtor;
import io.factordesk.domain.credit.ReviewedReceivable;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.domain.eligibility.RuleFailure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credit file of a hand-made portfolio on a real H2 file: supplier S (party 1) sells to core debtor D
 * (10, rated AA, limit 1,000,000), to debtor P (11, unrated, S's parent, cross-aged) and to supplier T
 * (2, rated D) which also sells back to S, and to supplier U (3) which does not; T has 300,000 financed on D.
 */
class CreditCheckInputRepositoryTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final String S = Uscc.complete("91320506MA1M00001").value();
    private static final String T = Uscc.complete("91440300MA5D00002").value();
    private static final String D = Uscc.complete("91310115MA1K00003").value();
    private static final String P = Uscc.complete("91310000MA1K00004").value();
    private static final String U = Uscc.complete("91330000MA2B00005").value();
    private static final Map<Long, EligibilityResult> ELIGIBILITY = Map.of(
            101L, new EligibilityResult(101, List.of()),
            102L, new EligibilityResult(102, List.of()),
            103L, new EligibilityResult(103, List.of(new RuleFailure(EligibilityRule.PAST_DUE, "106 days past due"),
                    new RuleFailure(EligibilityRule.CROSS_AGING, "debtor 35% over 90 days"))),
            202L, new EligibilityResult(202, List.of()));

    @TempDir
    static Path folder;
    private static CacheDatabase cache;
    private static CreditCheckInputRepository repository;

    @BeforeAll
    static void portfolio() {
        cache = CacheDatabase.openIn(folder);
        DSLContext dsl = cache.dsl();
        dsl.execute("INSERT INTO officer (id, login, display_name, role, authority_limit, password_hash)"
                + " VALUES (1, 'o', 'O', 'OFFICER', 0, 'x')");
        party(dsl, 1, S, "苏州华鑫精密机械有限公司", "DATE '2015-04-01'", "5000000.00", "'机械制造'", "'江苏'");
        party(dsl, 2, T, "深圳博远电子科技有限公司", "NULL", "NULL", "NULL", "NULL");
        party(dsl, 10, D, "华夏重型装备集团股份有限公司", "DATE '2001-01-01'", "900000000.00", "'装备'", "'上海'");
        party(dsl, 3, U, "杭州远航物流有限公司", "NULL", "NULL", "NULL", "NULL");
        party(dsl, 11, P, "华鑫控股有限公司", "DATE '2005-01-01'", "NULL", "NULL", "NULL");
        dsl.execute("INSERT INTO party_address (party_id, kind, line_zh) VALUES (1, 'REGISTERED', '江苏省苏州市星湖街328号'),"
                + " (1, 'OPERATING', '江苏省苏州市长江路8号'), (2, 'REGISTERED', '广东省深圳市南山区科技园1号')");
        dsl.execute("INSERT INTO bank_account (party_id, bank_name, account_name, account_no, purpose) VALUES"
                + " (1, '工行', 'S', '1102020109000012345', 'OPERATING'), (2, '建行', 'T', '4420000000000099', 'COLLECTION')");
        dsl.execute("INSERT INTO supplier (party_id, onboarded_on, status) VALUES (1, DATE '2024-01-01', 'ACTIVE'),"
                + " (2, DATE '2024-01-01', 'ACTIVE'), (3, DATE '2024-01-01', 'ACTIVE')");
        dsl.execute("INSERT INTO debtor (party_id, core_enterprise, rating, approved, credit_limit) VALUES"
                + " (10, TRUE, 'AA', TRUE, 1000000.00), (11, FALSE, NULL, TRUE, NULL), (2, FALSE, 'D', TRUE, NULL),"
                + " (1, FALSE, 'BBB', TRUE, NULL), (3, FALSE, 'A', TRUE, NULL)");
        dsl.execute("INSERT INTO party_relation (party_id, related_party_id, kind) VALUES (11, 1, 'PARENT')");
        YearMonth first = YearMonth.of(2023, 12);
        for (int i = 0; i <= 30; i++) {
            trading(dsl, 1, 10, first.plusMonths(i), "100000.00");
        }
        for (int i = 1; i <= 3; i++) {
            trading(dsl, 1, 11, YearMonth.of(2026, i), "5000.00");
        }
        trading(dsl, 1, 2, YearMonth.of(2026, 4), "7000.00");
        trading(dsl, 1, 2, YearMonth.of(2026, 5), "7000.00");
        trading(dsl, 2, 1, YearMonth.of(2026, 5), "9000.00");
        trading(dsl, 1, 3, YearMonth.of(2026, 5), "3000.00");
        receivable(dsl, 101, 1, 10, "OPEN", "100000.00", "0", "2026-05-01", "2026-07-31", null);
        receivable(dsl, 102, 1, 10, "VERIFIED", "50000.00", "0", "2026-05-31", "2026-08-30", null);
        receivable(dsl, 103, 1, 11, "OPEN", "20000.00", "0", "2025-12-01", "2026-03-01", null);
        receivable(dsl, 104, 1, 10, "PAID", "30000.00", "30000.00", "2026-01-01", "2026-03-01", "2026-03-01");
        receivable(dsl, 105, 1, 10, "PAID", "40000.00", "40000.00", "2026-01-01", "2026-04-01", "2026-04-13");
        receivable(dsl, 106, 1, 10, "FINANCED", "40000.00", "0", "2026-03-10", "2026-06-10", null);
        receivable(dsl, 107, 1, 10, "OPEN", "10000.00", "10000.00", "2026-04-01", "2026-07-01", null);
        receivable(dsl, 201, 2, 10, "FINANCED", "300000.00", "0", "2026-05-01", "2026-08-01", null);
        receivable(dsl, 202, 2, 1, "OPEN", "9000.00", "0", "2026-05-01", "2026-08-01", null);
        deal(dsl, 1, "CONTRACTED", 105);
        deal(dsl, 2, "APPROVED", 106);
        deal(dsl, 3, "DRAFT", 101);
        repository = new CreditCheckInputRepository(dsl);
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    @Test
    void supplierProfileCarriesRegistrationAddressesAndBankAccounts() {
        CreditFile file = repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow();
        assertThat(file.supplierId()).isEqualTo(1);
        assertThat(file.asOf()).isEqualTo(AS_OF);
        assertThat(file.supplier().uscc().value()).isEqualTo(S);
        assertThat(file.supplier().name()).isEqualTo("苏州华鑫精密机械有限公司");
        assertThat(file.supplier().registeredOn()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(file.supplier().registeredCapital()).isEqualByComparingTo("5000000");
        assertThat(file.supplier().industry()).isEqualTo("机械制造");
        assertThat(file.supplier().region()).isEqualTo("江苏");
        assertThat(file.supplier().addresses()).containsExactly("江苏省苏州市星湖街328号", "江苏省苏州市长江路8号");
        assertThat(file.supplier().bankAccounts()).containsExactly("1102020109000012345");
    }

    @Test
    void tradingIsTheLast24CompleteMonthsPerDebtor() {
        List<TradingMonth> trading = repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow().trading();
        List<TradingMonth> withD = trading.stream().filter(m -> m.debtorId() == 10).toList();
        assertThat(withD).hasSize(24);
        assertThat(withD.get(0).month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(withD.get(23).month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(withD.get(0).sales()).isEqualByComparingTo("100000");
        assertThat(trading).hasSize(24 + 3 + 2 + 1).allMatch(m -> m.supplierId() == 1);
    }

    @Test
    void openReceivablesCarryTheirEligibilityResults() {
        List<ReviewedReceivable> receivables = repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow().receivables();
        assertThat(receivables).extracting(ReviewedReceivable::id).containsExactly(101L, 102L, 103L);
        assertThat(receivables.get(0).eligible()).isTrue();
        assertThat(receivables.get(0).faceAmount()).isEqualByComparingTo("100000");
        assertThat(receivables.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(receivables.get(2).eligible()).isFalse();
        assertThat(receivables.get(2).failedRules()).containsExactly("PAST_DUE", "CROSS_AGING");
        assertThat(repository.creditFile(1, AS_OF, Map.of()).orElseThrow().receivables())
                .allSatisfy(r -> assertThat(r.failedRules()).containsExactly("NOT_REVIEWED"));
    }

    @Test
    void debtorsCarryRatingDefaultRelationRoundTripAndLimitHeadroom() {
        List<CreditFileDebtor> debtors = repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow().debtors();
        assertThat(debtors).extracting(d -> d.party().partyId()).containsExactly(2L, 3L, 10L, 11L);
        assertThat(debtors.get(1).sellsToSupplier()).as("S sells to U, U does not sell to S").isFalse();

        CreditFileDebtor seller = debtors.get(0);
        assertThat(seller.inDefault()).as("rated D").isTrue();
        assertThat(seller.sellsToSupplier()).isTrue();
        assertThat(seller.party().addresses()).containsExactly("广东省深圳市南山区科技园1号");
        assertThat(seller.party().bankAccounts()).containsExactly("4420000000000099");
        assertThat(seller.limitHeadroom()).isNull();

        CreditFileDebtor core = debtors.get(2);
        assertThat(core.party().uscc().value()).isEqualTo(D);
        assertThat(core.rating()).isEqualTo("AA");
        assertThat(core.coreEnterprise()).isTrue();
        assertThat(core.inDefault()).isFalse();
        assertThat(core.relatedParty()).isFalse();
        assertThat(core.sellsToSupplier()).isFalse();
        assertThat(core.limitHeadroom()).as("limit less T's 300,000 financed; S's own financing not deducted")
                .isEqualByComparingTo(new BigDecimal("700000.00"));

        CreditFileDebtor parent = debtors.get(3);
        assertThat(parent.rating()).isNull();
        assertThat(parent.inDefault()).as("cross-aged").isTrue();
        assertThat(parent.relatedParty()).isTrue();
    }

    @Test
    void historyCountsFinancedDealsAndTheWorstDaysPastDue() {
        CreditFile file = repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow();
        assertThat(file.pastDeals()).as("the draft deal is not financing").isEqualTo(2);
        assertThat(file.maxDaysPastDue()).as("paid 12 days late beats 5 days overdue").isEqualTo(12);
        assertThat(repository.creditFile(2, AS_OF, ELIGIBILITY).orElseThrow().pastDeals()).isZero();
    }

    @Test
    void wholePortfolioGivesTheSameFilesAsOneByOne() {
        List<CreditFile> all = repository.creditFiles(AS_OF, ELIGIBILITY);
        assertThat(all).extracting(CreditFile::supplierId).containsExactly(1L, 2L, 3L);
        assertThat(all.get(0)).isEqualTo(repository.creditFile(1, AS_OF, ELIGIBILITY).orElseThrow());
        assertThat(all.get(1)).isEqualTo(repository.creditFile(2, AS_OF, ELIGIBILITY).orElseThrow());
        CreditFileDebtor supplierAsDebtor = all.get(1).debtors().stream()
                .filter(d -> d.party().partyId() == 1).findFirst().orElseThrow();
        assertThat(supplierAsDebtor.sellsToSupplier()).isTrue();
        assertThat(repository.creditFile(10, AS_OF, ELIGIBILITY)).as("a debtor is not a supplier").isEmpty();
    }

    private static void party(DSLContext dsl, long id, String uscc, String name, String registeredOn, String capital,
                              String industry, String region) {
        dsl.execute("INSERT INTO party (id, uscc, name_zh, registered_on, registered_capital, industry, region, created_at)"
                + " VALUES (" + id + ", '" + uscc + "', '" + name + "', " + registeredOn + ", " + capital + ", "
                + industry + ", " + region + ", TIMESTAMP '2026-01-01 09:00:00')");
    }

    private static void trading(DSLContext dsl, long supplier, long debtor, YearMonth month, String sales) {
        dsl.execute("INSERT INTO trading_month (supplier_id, debtor_id, month_start, sales, invoice_count) VALUES ("
                + supplier + ", " + debtor + ", DATE '" + month.atDay(1) + "', " + sales + ", 3)");
    }

    private static void receivable(DSLContext dsl, long id, long supplier, long debtor, String status, String face,
                                   String paid, String issued, String due, String paidOn) {
        dsl.execute("INSERT INTO receivable (id, supplier_id, debtor_id, invoice_code, invoice_no, issue_date, due_date,"
                + " face_amount, status, paid_amount, paid_on, created_at) VALUES (" + id + ", " + supplier + ", " + debtor
                + ", '3205261130', '" + String.format("%08d", id) + "', DATE '" + issued + "', DATE '" + due + "', "
                + face + ", '" + status + "', " + paid + ", " + (paidOn == null ? "NULL" : "DATE '" + paidOn + "'")
                + ", TIMESTAMP '2026-01-01 09:00:00')");
    }

    private static void deal(DSLContext dsl, long id, String status, long receivable) {
        dsl.execute("INSERT INTO financing_deal (id, deal_no, supplier_id, status, funding_date, advance_rate, annual_rate,"
                + " fee_kind, created_by, created_at) VALUES (" + id + ", 'FD-" + id + "', 1, '" + status
                + "', DATE '2026-01-05', 0.8, 0.065, 'NONE', 1, TIMESTAMP '2026-01-05 09:00:00')");
        dsl.execute("INSERT INTO deal_item (deal_id, receivable_id, face_amount, days, advance, discount_interest,"
                + " net_proceeds, reserve) VALUES (" + id + ", " + receivable + ", 1, 1, 1, 0, 1, 0)");
    }
}
