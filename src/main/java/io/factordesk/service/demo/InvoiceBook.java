package io.factordesk.service.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One supplier's invoicing: consecutive 8-digit invoice numbers from a range of its own (so the
 * only duplicates in a portfolio are planted ones), VAT invoice codes by year, PO references per
 * debtor and month, and invoice amounts around the supplier's usual size.
 */
final class InvoiceBook {

    private static final long NUMBER_SPACE = 100_000_000L;

    private final SupplierProfile supplier;
    private final DemoCalendar calendar;
    private final long firstNumber;
    private long issued;

    InvoiceBook(SupplierProfile supplier, DemoCalendar calendar, int supplierCount, int expectedInvoices,
                SplittableRandom random) {
        this.supplier = supplier;
        this.calendar = calendar;
        long stride = NUMBER_SPACE / supplierCount;
        long slack = stride - expectedInvoices;
        this.firstNumber = supplier.index() * stride + (slack > 1 ? random.nextLong(slack) : 0);
    }

    /** An ordinary invoice: a date in the window, a debtor by the supplier's mix, a usual amount. */
    InvoiceDraft next(SplittableRandom random) {
        LocalDate issue = calendar.issueDate(random, supplier.turnoverJump());
        long fen = supplier.typicalInvoiceFen() * (40 + random.nextInt(181)) / 100 + random.nextInt(100);
        if (supplier.turnoverJump() && calendar.monthIndex(issue) >= DemoCalendar.HISTORY_MONTHS - DemoCalendar.JUMP_MONTHS) {
            fen = fen * 3 / 2;
        }
        return draft(supplier.pickDebtor(random), issue, fen);
    }

    InvoiceDraft draft(DebtorProfile debtor, LocalDate issue, long fen) {
        String number = String.format("%08d", (firstNumber + issued++) % NUMBER_SPACE);
        String code = supplier.invoiceCode(issue.getYear(), supplier.index() * 7 + issue.getYear());
        String contractRef = String.format("PO-%s-%d%02d-%05d", debtor.code(), issue.getYear(), issue.getMonthValue(),
                supplier.index() + 1);
        return new InvoiceDraft(supplier, debtor, code, number, issue, Math.max(fen, 100), contractRef);
    }
}
