package io.factordesk.ui.receivables;

import java.util.List;

/** Opens the deal builder for one supplier with exactly the given receivables ticked. */
@FunctionalInterface
public interface DealHandOff {

    void buildDeal(long supplierId, List<Long> receivableIds);
}
