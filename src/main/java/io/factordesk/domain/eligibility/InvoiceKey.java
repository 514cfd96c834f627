package io.factordesk.domain.eligibility;

/**
 * An invoice code or number of plain ASCII digits (up to 18) packed into a long: the digits behind a
 * leading 1, so "0012" and "12" stay apart. Two invoices match when both packed parts match; an invoice
 * with any other code or number keeps its text and is matched by text.
 */
final class InvoiceKey {

    static final long UNPACKED = 0;
    private static final int MAX_DIGITS = 18;

    private InvoiceKey() {
    }

    static long pack(String digits) {
        int length = digits.length();
        if (length > MAX_DIGITS) {
            return UNPACKED;
        }
        long packed = 1;
        for (int i = 0; i < length; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return UNPACKED;
            }
            packed = packed * 10 + (c - '0');
        }
        return packed;
    }

    static String unpack(long packed) {
        return Long.toString(packed).substring(1);
    }
}
