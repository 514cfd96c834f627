package io.factordesk.service.demo;

import io.factordesk.cache.PortfolioBulkWriter;
import io.factordesk.cache.ReceivableRow;
import io.factordesk.service.ProgressListener;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Streams the receivables and trading months of every supplier into the bulk writer, one supplier at
 * a time, so memory holds one batch and one supplier's monthly totals whatever the size. Each
 * supplier draws from its own seeded random stream.
 */
final class DemoReceivables {

    static final String STAGE = "demo.stage.receivables";
    private static final int REPORT_EVERY = PortfolioBulkWriter.DEFAULT_BATCH_SIZE;

    private final PortfolioBulkWriter writer;
    private final DemoCalendar calendar;
    private final ReceivableLifecycle lifecycle;
    private final PlantedReceivables planted;
    private final ProgressListener progress;
    private final long seed;
    private long written;
    private long disputed;
    private long creditNoted;

    DemoReceivables(PortfolioBulkWriter writer, DemoCalendar calendar, ReceivableLifecycle lifecycle,
                    PlantedReceivables planted, ProgressListener progress, long seed) {
        this.writer = writer;
        this.calendar = calendar;
        this.lifecycle = lifecycle;
        this.planted = planted;
        this.progress = progress;
        this.seed = seed;
    }

    void write(List<SupplierProfile> suppliers, int total) {
        int[] counts = ReceivableAllocation.perSupplier(suppliers, total, new SplittableRandom(seed ^ 0x5DEECE66DL));
        progress.progress(0, total, STAGE);
        for (SupplierProfile supplier : suppliers) {
            stopIfCancelled();
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + supplier.index());
            int count = counts[supplier.index()];
            InvoiceBook book = new InvoiceBook(supplier, calendar, suppliers.size(), count, random);
            TradingLedger ledger = new TradingLedger(supplier, calendar);
            List<PlantedReceivables.Planted> plants = planted.plantFor(supplier, book, count, random);
            for (int i = plants.size(); i < count; i++) {
                InvoiceDraft draft = book.next(random);
                emit(lifecycle.decide(draft, random), draft.debtor(), ledger, true, total);
            }
            for (PlantedReceivables.Planted plant : plants) {
                emit(plant.row(), plant.debtor(), ledger, plant.inTradingHistory(), total);
            }
            ledger.writeTo(writer, random);
        }
        writer.flush();
        progress.progress(written, total, STAGE);
    }

    long disputed() {
        return disputed;
    }

    long creditNoted() {
        return creditNoted;
    }

    private void emit(ReceivableRow row, DebtorProfile debtor, TradingLedger ledger, boolean inTradingHistory,
                      int total) {
        writer.add(row);
        if (inTradingHistory) {
            ledger.record(debtor, row);
        }
        disputed += row.disputed() ? 1 : 0;
        creditNoted += row.creditNoteAmount().signum() > 0 ? 1 : 0;
        written++;
        if (written % REPORT_EVERY == 0) {
            progress.progress(written, total, STAGE);
            stopIfCancelled();
        }
    }

    private void stopIfCancelled() {
        if (progress.isCancelled()) {
            throw new CancellationException("demo rebuild cancelled after " + written + " receivables");
        }
    }
}
