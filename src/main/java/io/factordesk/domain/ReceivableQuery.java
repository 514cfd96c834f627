package io.factordesk.domain;

/**
 * A page request over receivables: optional filters, one sort column, offset and limit.
 * The cache answers it with SQL; the UI never loads the whole table.
 */
public record ReceivableQuery(Long supplierId, String text, ReceivableStatus status, SortColumn sort,
                              boolean descending, int offset, int limit) {

    /** The columns the receivables table can sort by. */
    public enum SortColumn { ID, INVOICE_NO, ISSUE_DATE, DUE_DATE, FACE_AMOUNT, SUPPLIER, DEBTOR, STATUS }

    public ReceivableQuery {
        if (offset < 0 || limit <= 0 || limit > 10_000) {
            throw new IllegalArgumentException("offset >= 0 and 0 < limit <= 10000");
        }
        if (sort == null) {
            sort = SortColumn.ID;
        }
    }

    public static ReceivableQuery firstPage(int limit) {
        return new ReceivableQuery(null, null, null, SortColumn.ID, false, 0, limit);
    }

    public ReceivableQuery forSupplier(Long id) {
        return new ReceivableQuery(id, text, status, sort, descending, 0, limit);
    }

    public ReceivableQuery at(int newOffset) {
        return new ReceivableQuery(supplierId, text, status, sort, descending, newOffset, limit);
    }

    public ReceivableQuery sortedBy(SortColumn column, boolean desc) {
        return new ReceivableQuery(supplierId, text, status, column, desc, 0, limit);
    }
}
