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
            weights[i] = StrictMath.exp(0.5 * roughlyNormal(random)) * (suppliers.get(i).turnoverJump() ? 1.5 : 1.0);
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

    /**
     * A standard-normal-like draw from four uniforms (Irwin-Hall), in plain IEEE arithmetic, so the
     * split is the same on every JVM and CPU (unlike nextGaussian or Math.exp).
     */
    private static double roughlyNormal(SplittableRandom random) {
        double sum = random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble();
        return (sum - 2.0) * Math.sqrt(3.0);
    }
}
