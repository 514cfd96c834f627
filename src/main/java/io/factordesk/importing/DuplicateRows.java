package io.factordesk.importing;

import java.util.Arrays;

/**
 * Finds a row repeated exactly within one file. Keeps a 64-bit fingerprint of each row's mapped cells
 * in two primitive arrays rather than the rows themselves, so a million rows cost about 32 MB; two
 * different rows share a fingerprint with odds of about 1 in 10^7 for a million rows.
 */
final class DuplicateRows {

    private static final long EMPTY = 0L;
    private long[] fingerprints = new long[1 << 12];
    private long[] rows = new long[1 << 12];
    private int size;

    /** The number of the first row with the same mapped cells as this one (its own number if new). */
    long firstRowWith(FileRow row, ColumnMapping mapping) {
        long fingerprint = fingerprint(row, mapping);
        if (size * 2 >= fingerprints.length) {
            grow();
        }
        int slot = slot(fingerprint, fingerprints.length);
        while (fingerprints[slot] != EMPTY) {
            if (fingerprints[slot] == fingerprint) {
                return rows[slot];
            }
            slot = (slot + 1) & (fingerprints.length - 1);
        }
        fingerprints[slot] = fingerprint;
        rows[slot] = row.number();
        size++;
        return row.number();
    }

    private static long fingerprint(FileRow row, ColumnMapping mapping) {
        long hash = 0xcbf29ce484222325L;
        for (ReceivableField field : ReceivableField.values()) {
            int column = mapping.column(field);
            String text = column < 0 ? "" : row.text(column).strip();
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1F) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1 : hash;
    }

    private static int slot(long fingerprint, int capacity) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & (capacity - 1);
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        long[] oldRows = rows;
        fingerprints = new long[oldFingerprints.length * 2];
        rows = new long[oldRows.length * 2];
        for (int i = 0; i < oldFingerprints.length; i++) {
            if (oldFingerprints[i] != EMPTY) {
                int slot = slot(oldFingerprints[i], fingerprints.length);
                while (fingerprints[slot] != EMPTY) {
                    slot = (slot + 1) & (fingerprints.length - 1);
                }
                fingerprints[slot] = oldFingerprints[i];
                rows[slot] = oldRows[i];
            }
        }
        Arrays.fill(oldFingerprints, EMPTY);
    }
}
