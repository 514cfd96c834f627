package io.factordesk.scoring;

import java.math.BigDecimal;

/** The parts of the annual rate, each a fraction at scale 8 (0.03000000 = 3%). */
public record PriceComponents(BigDecimal fundingCost, BigDecimal expectedLoss, BigDecimal operatingCost,
                              BigDecimal capitalCharge, BigDecimal margin) {

    public BigDecimal total() {
        return fundingCost.add(expectedLoss).add(operatingCost).add(capitalCharge).add(margin);
    }
}
