package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.SupplierDetail;
import io.factordesk.domain.SupplierSummary;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplierRepositoryTest {

    @TempDir
    static Path folder;
    static CacheDatabase cache;
    static CacheFixture fixture;
    static SupplierRepository suppliers;

    @BeforeAll
    static void open() {
        cache = CacheDatabase.openIn(folder);
        fixture = CacheFixture.writeInto(cache);
        suppliers = new SupplierRepository(cache.dsl());
    }

    @AfterAll
    static void close() {
        cache.close();
    }

    @Test
    void summariesListSuppliersByChineseNameWithOpenExposureOnly() {
        List<SupplierSummary> list = suppliers.summaries();
        assertThat(list).extracting(SupplierSummary::uscc).containsExactly(CacheFixture.SUPPLIER_B, CacheFixture.SUPPLIER_A);
        SupplierSummary a = list.get(1);
        assertThat(a.openReceivables()).isEqualTo(2);
        assertThat(a.openFaceAmount()).isEqualByComparingTo("200000.50");
        assertThat(a.displayName(true)).isEqualTo("Suzhou Huaxin Precision Machinery Co., Ltd.");
        assertThat(list.get(0).openFaceAmount()).isEqualByComparingTo("310000.00");
    }

    @Test
    void detailCarriesAddressesAccountsAndMonthlyTrading() {
        SupplierDetail detail = suppliers.detail(fixture.supplierA).orElseThrow();
        assertThat(detail.party().nameZh()).isEqualTo("苏州华鑫精密机械有限公司");
        assertThat(detail.addresses()).extracting(SupplierDetail.Address::kind).containsExactly("REGISTERED", "OPERATING");
        assertThat(detail.bankAccounts()).singleElement()
                .satisfies(account -> assertThat(account.accountNo()).isEqualTo("1102020109000012345"));
        assertThat(detail.tradingHistory()).extracting(t -> t.month())
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 9));
        assertThat(detail.tradingHistory().get(1).sales()).isEqualByComparingTo("200000.50");
        assertThat(detail.tradingHistory().get(1).invoiceCount()).isEqualTo(2);
    }

    @Test
    void unknownSupplierHasNoDetailAndTheDebtorIsNoSupplier() {
        assertThat(suppliers.detail(987_654L)).isEmpty();
        assertThat(suppliers.detail(fixture.debtor)).isEmpty();
        assertThat(suppliers.idOf(CacheFixture.SUPPLIER_B)).contains(fixture.supplierB);
        assertThat(suppliers.idOf(CacheFixture.DEBTOR)).isEmpty();
    }
}
