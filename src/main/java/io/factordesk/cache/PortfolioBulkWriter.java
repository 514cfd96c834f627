package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;

/**
 * Writes receivables and trading months in batches (default 5,000 rows, one transaction each):
 * the only way a million demo receivables reach H2 in reasonable time with flat memory.
 */
public final class PortfolioBulkWriter {

    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final BatchedInsert receivables;
    private final BatchedInsert tradingMonths;

    public PortfolioBulkWriter(CacheDatabase cache) {
        this(cache, DEFAULT_BATCH_SIZE);
    }

    public PortfolioBulkWriter(CacheDatabase cache, int batchSize) {
        this.receivables = new BatchedInsert(cache, RECEIVABLE, batchSize,
                RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO,
                RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT, RECEIVABLE.CURRENCY,
                RECEIVABLE.CONTRACT_REF, RECEIVABLE.STATUS, RECEIVABLE.PAID_AMOUNT, RECEIVABLE.PAID_ON,
                RECEIVABLE.DISPUTED, RECEIVABLE.DISPUTE_REASON, RECEIVABLE.CREDIT_NOTE_AMOUNT,
                RECEIVABLE.CREDIT_NOTE_REF, RECEIVABLE.VERIFIED_BY, RECEIVABLE.VERIFIED_AT,
                RECEIVABLE.VERIFICATION_DOCUMENT, RECEIVABLE.CREATED_AT);
        this.tradingMonths = new BatchedInsert(cache, TRADING_MONTH, batchSize,
                TRADING_MONTH.SUPPLIER_ID, TRADING_MONTH.DEBTOR_ID, TRADING_MONTH.MONTH_START, TRADING_MONTH.SALES,
                TRADING_MONTH.RETURNS_AMOUNT, TRADING_MONTH.DISPUTES_AMOUNT, TRADING_MONTH.INVOICE_COUNT);
    }

    public void add(ReceivableRow r) {
        receivables.add(r.supplierId(), r.debtorId(), r.invoiceCode(), r.invoiceNo(), r.issueDate(), r.dueDate(),
                r.faceAmount(), r.currency(), r.contractRef(), r.status().name(), r.paidAmount(), r.paidOn(),
                r.disputed(), r.disputeReason(), r.creditNoteAmount(), r.creditNoteRef(), r.verifiedBy(),
                r.verifiedAt(), r.verificationDocument(), r.createdAt());
    }

    public void add(TradingMonthRow t) {
        tradingMonths.add(t.supplierId(), t.debtorId(), t.monthStart(), t.sales(), t.returnsAmount(),
                t.disputesAmount(), t.invoiceCount());
    }

    /** Writes whatever is still buffered. */
    public void flush() {
        receivables.flush();
        tradingMonths.flush();
    }

    /** Receivables accepted so far, written or buffered. */
    public long receivablesAdded() {
        return receivables.written() + receivables.pendingRows();
    }

    public long tradingMonthsAdded() {
        return tradingMonths.written() + tradingMonths.pendingRows();
    }
}
