package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStatisticsTest {

    @TempDir
    Path folder;
    CacheDatabase cache;

    @BeforeEach
    void open() {
        cache = CacheDatabase.openIn(folder);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void countsEveryTableInNameOrder() {
        CacheFixture.writeInto(cache);
        Map<String, Long> counts = new CacheStatistics(cache.dsl()).rowCounts();
        assertThat(List.copyOf(counts.keySet())).startsWith("audit_log", "bank_account")
                .contains("receivable", "trading_month").doesNotContain("flyway_schema_history").isSorted();
        assertThat(counts).containsEntry("party", 3L).containsEntry("supplier", 2L).containsEntry("debtor", 1L)
                .containsEntry("receivable", 5L).containsEntry("trading_month", 2L).containsEntry("officer", 0L);
        assertThat(cache.file()).exists().hasFileName("factordesk.mv.db");
        assertThat(cache.schemaVersion()).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void clearingEmptiesEveryTableChildrenFirst() {
        CacheFixture.writeInto(cache);
        new CacheLoader(cache).clearAll();
        assertThat(new CacheStatistics(cache.dsl()).rowCounts().values()).containsOnly(0L);
        var order = CacheReset.deletionOrder().stream().map(t -> t.getName()).toList();
        assertThat(order.indexOf("receivable")).isLessThan(order.indexOf("supplier"));
        assertThat(order.indexOf("deal_item")).isLessThan(order.indexOf("receivable"));
        assertThat(order.indexOf("credit_line")).isLessThan(order.indexOf("credit_check"));
        assertThat(order.indexOf("supplier")).isLessThan(order.indexOf("party"));
        assertThat(order.indexOf("financing_deal")).isLessThan(order.indexOf("officer"));
    }

    @Test
    void bulkWriterWritesEveryRowAcrossPartialBatches() {
        CacheFixture fixture = CacheFixture.writeInto(cache);
        PortfolioBulkWriter writer = new PortfolioBulkWriter(cache, 3);
        for (int i = 0; i < 7; i++) {
            writer.add(CacheFixture.receivable(fixture.supplierA, fixture.debtor, String.format("%08d", 100 + i),
                    "1000.00", java.time.LocalDate.of(2026, 11, 1), io.factordesk.domain.ReceivableStatus.OPEN));
        }
        assertThat(new CacheStatistics(cache.dsl()).count(io.factordesk.cache.jooq.Tables.RECEIVABLE)).isEqualTo(5 + 6);
        writer.flush();
        assertThat(writer.receivablesAdded()).isEqualTo(7);
        assertThat(new CacheStatistics(cache.dsl()).count(io.factordesk.cache.jooq.Tables.RECEIVABLE)).isEqualTo(5 + 7);
    }
}
