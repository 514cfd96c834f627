package io.factordesk.domain.deal;

import java.math.BigDecimal;

/** One receivable priced in a deal; every amount rounded half-up to the fen on its own. */
public record DealLine(FinancedReceivable receivable, long days, BigDecimal advance, BigDecimal discountInterest,
                       BigDecimal fee, BigDecimal netProceeds, BigDecimal reserve) {

    public BigDecimal faceAmount() {
        return receivable.faceAmount();
    }
}
