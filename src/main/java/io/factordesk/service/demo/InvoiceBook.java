package io.factordesk.service.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<Integer, String> codesByYear = new HashMap<>();
    private final String supplierNumber;
    private long issued;

    InvoiceBook(SupplierProfile supplier, DemoCalendar calendar, int supplierCount, int expectedInvoices,
                SplittableRandom random) {
        this.supplier = supplier;
        this.calendar = calendar;
        long stride = NUMBER_SPACE / supplierCount;
        long slack = stride - expectedInvoices;
        this.firstNumber = supplier.index() * stride + (slack > 1 ? random.nextLong(slack) : 0);
        this.supplierNumber = zeroPadded(supplier.index() + 1L, 5);
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
        String number = zeroPadded((firstNumber + issued++) % NUMBER_SPACE, 8);
        String code = codesByYear.computeIfAbsent(issue.getYear(),
                year -> supplier.invoiceCode(year, supplier.index() * 7 + year));
        String contractRef = "PO-" + debtor.code() + "-" + issue.getYear() + zeroPadded(issue.getMonthValue(), 2) + "-"
                + supplierNumber;
        return new InvoiceDraft(supplier, debtor, code, number, issue, Math.max(fen, 100), contractRef);
    }

    /** Cheaper than String.format, which shows up when a million invoices are numbered. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
