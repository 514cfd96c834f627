package io.factordesk.domain.eligibility;

import java.util.Arrays;

/** Dense indexes 0, 1, 2... for the party ids of a scan, so per-party totals live in plain arrays. */
final class IdIndex {

    private long[] keys = new long[64];
    private int[] slots = new int[64];
    private long[] ids = new long[32];
    private int size;

    int indexOf(long id) {
        int mask = slots.length - 1;
        for (int slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                return add(id, slot);
            }
            if (keys[slot] == id) {
                return stored - 1;
            }
        }
    }

    /** The index of a known id, or -1. */
    int find(long id) {
        int mask = slots.length - 1;
        for (int slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
            int stored = slots[slot];
            if (stored == 0) {
                return -1;
            }
            if (keys[slot] == id) {
                return stored - 1;
            }
        }
    }

    long id(int index) {
        return ids[index];
    }

    int size() {
        return size;
    }

    private int add(long id, int slot) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        keys[slot] = id;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        keys = new long[slots.length * 2];
        slots = new int[keys.length];
        int mask = slots.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = hash(ids[index]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = ids[index];
            slots[slot] = index + 1;
        }
    }

    static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
