package io.factordesk.domain.eligibility;

/**
 * Rows grouped by a key of two longs, in one pass: for every row the first row with the same key; for every
 * first row how many rows share its key and whether any of them has another supplier.
 */
final class KeyGroups {

    private final int[] first;
    private final int[] count;
    private final boolean[] otherSupplier;

    /** @param skip rows whose key is decided elsewhere (left as their own group of one) */
    KeyGroups(ReceivableBook book, long[] key1, long[] key2, boolean[] skip) {
        int n = book.size();
        first = new int[n];
        count = new int[n];
        otherSupplier = new boolean[n];
        int[] slots = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2];
        int mask = slots.length - 1;
        for (int row = 0; row < n; row++) {
            if (skip != null && skip[row]) {
                first[row] = row;
                count[row] = 1;
                continue;
            }
            long a = key1[row];
            long b = key2[row];
            int slot = IdIndex.hash(a * 31 + b) & mask;
            while (true) {
                int stored = slots[slot];
                if (stored == 0) {
                    slots[slot] = row + 1;
                    first[row] = row;
                    count[row] = 1;
                    break;
                }
                int head = stored - 1;
                if (key1[head] == a && key2[head] == b) {
                    join(book, head, row);
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** Puts a row into the group of an earlier row. */
    void join(ReceivableBook book, int head, int row) {
        first[row] = head;
        count[head]++;
        if (book.supplierIndex(head) != book.supplierIndex(row)) {
            otherSupplier[head] = true;
        }
    }

    int first(int row) {
        return first[row];
    }

    int count(int row) {
        return count[first[row]];
    }

    /** A row of the group has a supplier other than the group's first row. */
    boolean otherSupplier(int row) {
        return otherSupplier[first[row]];
    }
}
