package io.factordesk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.AuditEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogRepositoryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    CacheDatabase cache;
    AuditLogRepository auditLog;

    @BeforeEach
    void open() {
        cache = CacheDatabase.openIn(folder);
        auditLog = new AuditLogRepository(cache.dsl(), CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void recordsWhoDidWhatToWhichRecordAtTheClocksTimeInOrder() {
        long first = auditLog.append("demo.officer", "RECEIVABLE_VERIFIED", "receivable", 42L, "TAX_PORTAL_CHECK");
        long second = auditLog.append("demo.approver", "RECEIVABLE_HELD", "receivable", 42L, "dispute");
        auditLog.append("demo.officer", "RECEIVABLE_VERIFIED", "receivable", 43L, null);
        List<AuditEntry> entries = auditLog.forEntity("receivable", 42L);
        assertThat(entries).extracting(AuditEntry::id).containsExactly(first, second);
        assertThat(entries.get(0).at()).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 30));
        assertThat(entries.get(1).officerLogin()).isEqualTo("demo.approver");
        assertThat(entries.get(1).detail()).isEqualTo("dispute");
    }

    @Test
    void anAppendInsideARolledBackTransactionLeavesNoTrace() {
        try {
            cache.dsl().transaction(c -> {
                auditLog.append(c.dsl(), "demo.officer", "DEAL_SUBMITTED", "financing_deal", 7L, null);
                throw new IllegalStateException("deal rejected");
            });
        } catch (IllegalStateException expected) {
            // the transaction is meant to fail
        }
        assertThat(auditLog.forEntity("financing_deal", 7L)).isEmpty();
    }
}
