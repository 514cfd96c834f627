package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Deal totals, always the sums of the rounded lines (never recomputed from totals). */
public record DealTotals(BigDecimal faceAmount, BigDecimal advance, BigDecimal discountInterest, BigDecimal fees,
                         BigDecimal netProceeds, BigDecimal reserve) {

    public static DealTotals of(List<DealLine> lines) {
        return new DealTotals(sum(lines, DealLine::faceAmount), sum(lines, DealLine::advance),
                sum(lines, DealLine::discountInterest), sum(lines, DealLine::fee), sum(lines, DealLine::netProceeds),
                sum(lines, DealLine::reserve));
    }

    private static BigDecimal sum(List<DealLine> lines, Function<DealLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
