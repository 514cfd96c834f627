package io.factordesk.domain;

import java.util.List;

/** One page of receivables and the size of the whole filtered set. */
public record ReceivablePage(List<Receivable> rows, long totalCount, int offset) {
}
