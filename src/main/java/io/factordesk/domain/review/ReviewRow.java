package io.factordesk.domain.review;

import io.factordesk.domain.Receivable;

/** A receivable on the review desk with its scan mark; the mark is null while it has not been scanned. */
public record ReviewRow(Receivable receivable, ScanMark mark) {

    public boolean scanned() {
        return mark != null;
    }
}
