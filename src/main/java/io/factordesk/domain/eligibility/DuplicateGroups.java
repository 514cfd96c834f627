package io.factordesk.domain.eligibility;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the same invoice twice (code + number anywhere in the cache) and double financing (same debtor,
 * amount and issue date under different suppliers). Both stay flagged whatever later edits say.
 */
final class DuplicateGroups {

    private final ReceivableBook book;
    private final KeyGroups invoices;
    private final KeyGroups debtorAmountDate;

    DuplicateGroups(ReceivableBook book) {
        this.book = book;
        int n = book.size();
        long[] code = new long[n];
        long[] no = new long[n];
        boolean[] unpacked = new boolean[n];
        long[] face = new long[n];
        long[] debtorDay = new long[n];
        boolean anyUnpacked = false;
        for (int row = 0; row < n; row++) {
            code[row] = book.invoiceCodeKey(row);
            no[row] = book.invoiceNoKey(row);
            unpacked[row] = code[row] == InvoiceKey.UNPACKED;
            anyUnpacked |= unpacked[row];
            face[row] = book.faceFen(row);
            debtorDay[row] = (long) book.debtorIndex(row) << 32 | (book.issueDay(row) & 0xFFFF_FFFFL);
        }
        invoices = new KeyGroups(book, code, no, unpacked);
        if (anyUnpacked) {
            groupByText(unpacked);
        }
        debtorAmountDate = new KeyGroups(book, face, debtorDay, null);
    }

    /** Invoices whose code or number is not plain digits, matched by the same text key as ever. */
    private void groupByText(boolean[] unpacked) {
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int row = 0; row < book.size(); row++) {
            if (unpacked[row]) {
                Integer head = firstByKey.putIfAbsent(book.unpackedInvoiceKey(row), row);
                if (head != null) {
                    invoices.join(book, head, row);
                }
            }
        }
    }

    int failures(int row) {
        int mask = 0;
        if (invoices.count(row) > 1) {
            mask |= EligibilityScan.bit(EligibilityRule.DUPLICATE_INVOICE);
        }
        if (debtorAmountDate.otherSupplier(row)) {
            mask |= EligibilityScan.bit(EligibilityRule.DOUBLE_FINANCING);
        }
        return mask;
    }

    int invoiceCount(int row) {
        return invoices.count(row);
    }

    long firstWithInvoice(int row) {
        return book.id(invoices.first(row));
    }

    long firstWithDebtorAmountDate(int row) {
        return book.id(debtorAmountDate.first(row));
    }
}
