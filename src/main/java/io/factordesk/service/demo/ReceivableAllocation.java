package io.factordesk.service.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Splits the requested number of receivables over the suppliers: uneven, like real books, but exact. */
final class ReceivableAllocation {

    private ReceivableAllocation() {
    }

    static int[] perSupplier(List<SupplierProfile> suppliers, int total, SplittableRandom random) {
        int n = suppliers.size();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(0.5 * random.nextGaussian()) * (suppliers.get(i).turnoverJump() ? 1.5 : 1.0);
            sum += weights[i];
        }
        int[] counts = new int[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n) {
            counts[i]++;
            given++;
        }
        return counts;
    }
}
