package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * New open receivables written as jOOQ batches of one prepared insert, inside the caller's transaction;
 * only one batch of rows is held at a time.
 */
public final class ImportedReceivables {

    private final DSLContext dsl;
    private final LocalDateTime createdAt;
    private final int batchSize;
    private final List<Object[]> pending;
    private final Query insert;
    private long written;

    ImportedReceivables(DSLContext dsl, LocalDateTime createdAt, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.dsl = dsl;
        this.createdAt = createdAt;
        this.batchSize = batchSize;
        this.pending = new ArrayList<>(batchSize);
        this.insert = dsl.insertInto(RECEIVABLE, RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE,
                        RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT,
                        RECEIVABLE.CONTRACT_REF, RECEIVABLE.STATUS, RECEIVABLE.CREATED_AT)
                .values(DSL.val(0L), DSL.val(0L), DSL.val(""), DSL.val(""), DSL.val((LocalDate) null),
                        DSL.val((LocalDate) null), DSL.val((BigDecimal) null), DSL.val(""), DSL.val(""),
                        DSL.val((LocalDateTime) null));
    }

    public void add(long supplierId, long debtorId, String invoiceCode, String invoiceNo, LocalDate issueDate,
                    LocalDate dueDate, BigDecimal faceAmount, String contractRef) {
        pending.add(new Object[] {supplierId, debtorId, invoiceCode, invoiceNo, issueDate, dueDate, faceAmount,
                contractRef, "OPEN", createdAt});
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(insert);
        for (Object[] row : pending) {
            batch.bind(row);
        }
        batch.execute();
        written += pending.size();
        pending.clear();
    }

    /** Rows written so far, not counting those still waiting for their batch. */
    public long written() {
        return written;
    }
}
