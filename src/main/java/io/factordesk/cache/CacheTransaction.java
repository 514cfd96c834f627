package io.factordesk.cache;

import java.time.Clock;
import org.jooq.DSLContext;

/** The repositories bound to one database transaction; services get it from {@link Transactions}. */
public final class CacheTransaction {

    private final DSLContext tx;
    private final Clock clock;

    CacheTransaction(DSLContext tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public DealRepository deals() {
        return new DealRepository(tx);
    }

    public ContractRepository contracts() {
        return new ContractRepository(tx);
    }

    public OfficerRepository officers() {
        return new OfficerRepository(tx);
    }

    public ImportRepository imports() {
        return new ImportRepository(tx);
    }

    public CreditCheckRepository creditChecks() {
        return new CreditCheckRepository(tx);
    }

    public EligibilityRecordRepository eligibilityRecords() {
        return new EligibilityRecordRepository(tx);
    }

    public ReviewRepository review() {
        return new ReviewRepository(tx);
    }

    public AuditLogRepository auditLog() {
        return new AuditLogRepository(tx, clock);
    }
}
