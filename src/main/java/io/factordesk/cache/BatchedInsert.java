package io.factordesk.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Buffers rows for one table and writes them as a jOOQ batch of one prepared insert, one transaction
 * per batch. Memory stays at one batch however many rows pass through.
 */
final class BatchedInsert {

    private final DSLContext dsl;
    private final SnapshotGate gate;
    private final Table<?> table;
    private final Field<?>[] fields;
    private final int batchSize;
    private final List<Object[]> pending;
    private long written;

    BatchedInsert(CacheDatabase cache, Table<?> table, int batchSize, Field<?>... fields) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.dsl = cache.dsl();
        this.gate = cache.snapshotGate();
        this.table = table;
        this.fields = fields.clone();
        this.batchSize = batchSize;
        this.pending = new ArrayList<>(batchSize);
    }

    /** Queues one row (values in field order); writes the batch when it is full. */
    void add(Object... values) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException("expected " + fields.length + " values for " + table.getName()
                    + ", got " + values.length);
        }
        pending.add(values);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        gate.duringTransaction(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            BatchBindStep batch = tx.batch(insertWithPlaceholders(tx));
            for (Object[] row : pending) {
                batch.bind(row);
            }
            return batch.execute();
        }));
        written += pending.size();
        pending.clear();
    }

    long written() {
        return written;
    }

    int pendingRows() {
        return pending.size();
    }

    private Insert<?> insertWithPlaceholders(DSLContext tx) {
        List<Field<?>> placeholders = Arrays.stream(fields).<Field<?>>map(f -> DSL.val(null, f)).toList();
        return tx.insertInto(table).columns(fields).values(placeholders);
    }
}
