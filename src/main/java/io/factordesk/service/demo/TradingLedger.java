package io.factordesk.service.demo;

import io.factordesk.cache.PortfolioBulkWriter;
import io.factordesk.cache.ReceivableRow;
import io.factordesk.cache.TradingMonthRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One supplier's monthly trading per debtor: the receivable months are the sums of its invoices;
 * the six months before the receivable window are filled at the supplier's usual level.
 */
final class TradingLedger {

    private static final int MONTHS = DemoCalendar.HISTORY_MONTHS;

    private static final class Months {
        final long[] salesFen = new long[MONTHS];
        final long[] returnsFen = new long[MONTHS];
        final long[] disputesFen = new long[MONTHS];
        final int[] invoices = new int[MONTHS];
    }

    private final SupplierProfile supplier;
    private final DemoCalendar calendar;
    private final Map<DebtorProfile, Months> byDebtor = new LinkedHashMap<>();

    TradingLedger(SupplierProfile supplier, DemoCalendar calendar) {
        this.supplier = supplier;
        this.calendar = calendar;
        supplier.debtors().forEach(share -> byDebtor.put(share.debtor(), new Months()));
    }

    void record(DebtorProfile debtor, ReceivableRow row) {
        Months months = byDebtor.computeIfAbsent(debtor, d -> new Months());
        int k = calendar.monthIndex(row.issueDate());
        long face = row.faceAmount().movePointRight(2).longValueExact();
        months.salesFen[k] += face;
        months.returnsFen[k] += row.creditNoteAmount().movePointRight(2).longValueExact();
        months.disputesFen[k] += row.disputed() ? face : 0;
        months.invoices[k]++;
    }

    void writeTo(PortfolioBulkWriter writer, SplittableRandom random) {
        for (Map.Entry<DebtorProfile, Months> entry : byDebtor.entrySet()) {
            Months months = entry.getValue();
            backfill(months, random);
            for (int k = 0; k < MONTHS; k++) {
                writer.add(new TradingMonthRow(supplier.partyId(), entry.getKey().partyId(),
                        calendar.month(k).atDay(1), fen(months.salesFen[k]), fen(months.returnsFen[k]),
                        fen(months.disputesFen[k]), months.invoices[k]));
            }
        }
    }

    /** Months before the receivable window, at the level of the window's ordinary months. */
    private static void backfill(Months months, SplittableRandom random) {
        int from = DemoCalendar.FIRST_RECEIVABLE_MONTH;
        int to = MONTHS - DemoCalendar.JUMP_MONTHS;
        long sales = 0;
        long invoices = 0;
        for (int k = from; k < to; k++) {
            sales += months.salesFen[k];
            invoices += months.invoices[k];
        }
        long averageSales = sales / (to - from);
        long averageInvoices = invoices / (to - from);
        for (int k = 0; k < from; k++) {
            int percent = 80 + random.nextInt(41);
            months.salesFen[k] = averageSales * percent / 100;
            months.returnsFen[k] = months.salesFen[k] * random.nextInt(3) / 100;
            months.invoices[k] = (int) Math.max(months.salesFen[k] > 0 ? 1 : 0, averageInvoices * percent / 100);
        }
    }

    private static BigDecimal fen(long value) {
        return BigDecimal.valueOf(value, 2);
    }
}
