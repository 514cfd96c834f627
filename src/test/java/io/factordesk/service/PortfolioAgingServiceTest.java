package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.cache.AgingRepository;
import io.factordesk.cache.CacheDatabase;
import io.factordesk.domain.AgingBucket;
import io.factordesk.domain.AgingBucket.Band;
import io.factordesk.domain.DebtorExposure;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.testing.CacheFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioAgingServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path folder;
    private CacheDatabase cache;
    private PortfolioAgingService aging;

    @BeforeEach
    void portfolio() {
        cache = CacheDatabase.openIn(folder);
        CacheFixture fixture = new CacheFixture(cache.dsl());
        long supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
        long core = fixture.debtor("核心企业集团", true, true, null);
        long other = fixture.debtor("其他买方", false, true, null);
        LocalDate issued = AS_OF.minusDays(200);
        fixture.receivable(supplier, core, "100.00", issued, AS_OF);                // due today: current
        fixture.receivable(supplier, core, "200.00", issued, AS_OF.minusDays(1));   // 1 day past due
        fixture.receivable(supplier, core, "300.00", issued, AS_OF.minusDays(30));  // 30
        fixture.receivable(supplier, other, "400.00", issued, AS_OF.minusDays(31)); // 31
        fixture.receivable(supplier, other, "500.00", issued, AS_OF.minusDays(90)); // 90
        fixture.receivable(supplier, other, "600.00", issued, AS_OF.minusDays(91)); // 91
        fixture.receivable(supplier, other, "9999.00", issued, AS_OF.minusDays(120), ReceivableStatus.PAID);
        aging = new PortfolioAgingService(new AgingRepository(cache.dsl()));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void unpaidReceivablesFallIntoTheirBandsAtTheBoundaries() {
        List<AgingBucket> buckets = aging.aging(AS_OF);
        assertThat(buckets).extracting(AgingBucket::band).containsExactly(Band.values());
        assertThat(buckets).extracting(b -> b.outstanding().toPlainString())
                .containsExactly("100.00", "500.00", "400.00", "500.00", "600.00");
        assertThat(buckets).extracting(AgingBucket::count).containsExactly(1L, 2L, 1L, 1L, 1L);
    }

    @Test
    void concentrationRanksDebtorsByUnpaidBalanceWithTheirShare() {
        List<DebtorExposure> debtors = aging.concentration();
        assertThat(debtors).extracting(DebtorExposure::nameZh).containsExactly("其他买方", "核心企业集团");
        assertThat(debtors.get(0).outstanding()).isEqualByComparingTo("1500.00");
        assertThat(debtors.get(0).share()).isEqualByComparingTo("0.714286");
        assertThat(debtors.get(1).count()).isEqualTo(3);
    }
}
