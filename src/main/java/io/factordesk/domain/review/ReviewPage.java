package io.factordesk.domain.review;

import java.util.List;

/** One page of review rows; counting the whole filtered set is {@link ReviewTotals}' job. */
public record ReviewPage(List<ReviewRow> rows, int offset) {

    public ReviewPage {
        rows = List.copyOf(rows);
    }
}
