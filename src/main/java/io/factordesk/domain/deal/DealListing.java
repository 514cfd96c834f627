package io.factordesk.domain.deal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of the deal list: enough to find a deal without reading its lines. */
public record DealListing(long id, String dealNo, String supplierName, DealStatus status, BigDecimal advance,
                          LocalDateTime createdAt) {
}
