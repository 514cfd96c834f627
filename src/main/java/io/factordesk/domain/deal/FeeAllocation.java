package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads the handling fee over the lines. A percentage is charged per line on its advance; a fixed
 * fee is split in proportion to the advances by the largest-remainder method, so the lines add up to
 * exactly the fixed amount.
 */
final class FeeAllocation {

    private static final BigDecimal FEN = new BigDecimal("0.01");

    private FeeAllocation() {
    }

    static List<BigDecimal> allocate(HandlingFee fee, List<BigDecimal> advances) {
        return switch (fee.kind()) {
            case NONE -> Collections.nCopies(advances.size(), BigDecimal.ZERO.setScale(2));
            case PERCENT -> advances.stream().map(a -> DealPricing.fen(a.multiply(fee.value()))).toList();
            case FIXED -> proportional(fee.value().setScale(2, RoundingMode.UNNECESSARY), advances);
        };
    }

    private static List<BigDecimal> proportional(BigDecimal total, List<BigDecimal> advances) {
        BigDecimal base = advances.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>(advances.size());
        List<BigDecimal> remainders = new ArrayList<>(advances.size());
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal advance : advances) {
            BigDecimal exact = total.multiply(advance).divide(base, 10, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(2, RoundingMode.DOWN);
            shares.add(floor);
            remainders.add(exact.subtract(floor));
            allocated = allocated.add(floor);
        }
        int leftoverFen = total.subtract(allocated).movePointRight(2).intValueExact();
        List<Integer> order = IntStream.range(0, advances.size()).boxed()
                .sorted(Comparator.comparing(remainders::get).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < leftoverFen; k++) {
            int i = order.get(k % order.size());
            shares.set(i, shares.get(i).add(FEN));
        }
        return List.copyOf(shares);
    }
}
