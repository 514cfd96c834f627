package io.factordesk.domain;

import java.math.BigDecimal;

/** A buyer owing on receivables; the core enterprise is the anchor buyer of the programme. */
public record Debtor(Party party, boolean coreEnterprise, String rating, boolean approved, BigDecimal creditLimit,
                     Integer paymentTermsDays) {
}
