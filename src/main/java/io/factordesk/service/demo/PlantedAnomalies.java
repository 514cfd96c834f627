package io.factordesk.service.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which suppliers and debtors carry the trouble the screens must find. Roles go to suppliers in a
 * seeded shuffle, so they differ by seed but never by run; with very few suppliers roles share a
 * supplier, and a pair that would need two different suppliers is left out (index -1).
 */
final class PlantedAnomalies {

    static final int NONE = -1;
    /** Debtor index of the slow payer whose arrears make its whole balance ineligible (cross-aging). */
    static final int SLOW_PAYER_DEBTOR = 1;
    /** Debtor index of the parent company of one supplier (related party). */
    static final int RELATED_DEBTOR = 2;

    final Set<Integer> concentrated = new HashSet<>();
    final Set<Integer> turnoverJump = new HashSet<>();
    final int doubleFinancingSource;
    final int doubleFinancingCopier;
    final int repeatSource;
    final int repeatCopier;
    final int relatedSupplier;
    /** The supplier that is also a debtor, bought from by {@link #roundTripPartner}. */
    final int roundTripSupplier;
    final int roundTripPartner;
    final int slowPayerSupplier;

    private final int[] order;
    private int cursor;

    PlantedAnomalies(int suppliers, SplittableRandom random) {
        order = shuffled(suppliers, random);
        int concentratedCount = Math.max(1, Math.min(20, suppliers / 20));
        int jumpCount = Math.max(1, Math.min(5, suppliers / 50));
        for (int i = 0; i < concentratedCount; i++) {
            concentrated.add(next());
        }
        for (int i = 0; i < jumpCount; i++) {
            turnoverJump.add(next());
        }
        int[] doubleFinancing = pair();
        doubleFinancingSource = doubleFinancing[0];
        doubleFinancingCopier = doubleFinancing[1];
        int[] repeat = pair();
        repeatSource = repeat[0];
        repeatCopier = repeat[1];
        relatedSupplier = next();
        int[] roundTrip = pair();
        roundTripSupplier = roundTrip[0];
        roundTripPartner = roundTrip[1];
        slowPayerSupplier = next();
    }

    /** Debtor indexes a supplier must sell to because of its roles (the round-trip party is added separately). */
    List<Integer> forcedDebtors(int supplier) {
        List<Integer> forced = new ArrayList<>();
        if (supplier == slowPayerSupplier) {
            forced.add(SLOW_PAYER_DEBTOR);
        }
        if (supplier == relatedSupplier) {
            forced.add(RELATED_DEBTOR);
        }
        return forced;
    }

    private int next() {
        return order[cursor++ % order.length];
    }

    /** Two different suppliers, lower index first so the source is generated before the copy. */
    private int[] pair() {
        int a = next();
        int b = next();
        if (a == b) {
            return new int[] {NONE, NONE};
        }
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
