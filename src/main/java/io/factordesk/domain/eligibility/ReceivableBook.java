package io.factordesk.domain.eligibility;

import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts of every receivable in the cache, read once and kept column by column in primitive arrays
 * (a million receivables take about 70 MB): amounts in fen (the cache stores NUMERIC(19,2)), dates as
 * epoch days, parties as dense indexes. The scan reads them as often as its rules need without going
 * back to the database.
 */
public final class ReceivableBook {

    private static final ReceivableStatus[] STATUSES = ReceivableStatus.values();

    private final IdIndex suppliers = new IdIndex();
    private final IdIndex debtors = new IdIndex();
    private final Map<Integer, String[]> unpackedInvoices = new HashMap<>();
    private int size;
    private long[] ids;
    private int[] supplier;
    private int[] debtor;
    private int[] issueDay;
    private int[] dueDay;
    private long[] faceFen;
    private long[] outstandingFen;
    private long[] creditNoteFen;
    private byte[] status;
    private boolean[] disputed;
    private long[] invoiceCodeKey;
    private long[] invoiceNoKey;

    public ReceivableBook(int expectedSize) {
        allocate(Math.max(16, expectedSize));
    }

    /** Adds one receivable; amounts in fen, dates as {@link LocalDate#toEpochDay()}. */
    public void add(long id, long supplierId, long debtorId, String invoiceCode, String invoiceNo, long issueEpochDay,
                    long dueEpochDay, long faceAmountFen, long paidAmountFen, long creditNoteFen,
                    ReceivableStatus receivableStatus, boolean isDisputed) {
        if (size == ids.length) {
            allocate(size * 2);
        }
        int i = size++;
        ids[i] = id;
        supplier[i] = suppliers.indexOf(supplierId);
        debtor[i] = debtors.indexOf(debtorId);
        issueDay[i] = Math.toIntExact(issueEpochDay);
        dueDay[i] = Math.toIntExact(dueEpochDay);
        faceFen[i] = faceAmountFen;
        outstandingFen[i] = Math.subtractExact(Math.subtractExact(faceAmountFen, paidAmountFen), creditNoteFen);
        this.creditNoteFen[i] = creditNoteFen;
        status[i] = (byte) receivableStatus.ordinal();
        disputed[i] = isDisputed;
        long code = InvoiceKey.pack(invoiceCode);
        long no = InvoiceKey.pack(invoiceNo);
        if (code == InvoiceKey.UNPACKED || no == InvoiceKey.UNPACKED) {
            code = InvoiceKey.UNPACKED;
            no = InvoiceKey.UNPACKED;
            unpackedInvoices.put(i, new String[] {invoiceCode, invoiceNo});
        }
        invoiceCodeKey[i] = code;
        invoiceNoKey[i] = no;
    }

    /** Adds one receivable given as a record; its amounts must be whole fen. */
    public void add(ReceivableFacts r) {
        add(r.id(), r.supplierId(), r.debtorId(), r.invoiceCode(), r.invoiceNo(), r.issueDate().toEpochDay(),
                r.dueDate().toEpochDay(), fen(r.faceAmount()), fen(r.paidAmount()), fen(r.creditNoteAmount()),
                r.status(), r.disputed());
    }

    /**
     * Appends the rows of a book read over the next range of ids, as if they had been added here one by one:
     * parties new to this book get the next indexes in the order they first appear.
     */
    public void append(ReceivableBook next) {
        if (size + next.size > ids.length) {
            allocate(size + next.size);
        }
        int at = size;
        int rows = next.size;
        int[] supplierIndexes = reindex(next.suppliers, suppliers);
        int[] debtorIndexes = reindex(next.debtors, debtors);
        for (int row = 0; row < rows; row++) {
            supplier[at + row] = supplierIndexes[next.supplier[row]];
            debtor[at + row] = debtorIndexes[next.debtor[row]];
        }
        System.arraycopy(next.ids, 0, ids, at, rows);
        System.arraycopy(next.issueDay, 0, issueDay, at, rows);
        System.arraycopy(next.dueDay, 0, dueDay, at, rows);
        System.arraycopy(next.faceFen, 0, faceFen, at, rows);
        System.arraycopy(next.outstandingFen, 0, outstandingFen, at, rows);
        System.arraycopy(next.creditNoteFen, 0, creditNoteFen, at, rows);
        System.arraycopy(next.status, 0, status, at, rows);
        System.arraycopy(next.disputed, 0, disputed, at, rows);
        System.arraycopy(next.invoiceCodeKey, 0, invoiceCodeKey, at, rows);
        System.arraycopy(next.invoiceNoKey, 0, invoiceNoKey, at, rows);
        next.unpackedInvoices.forEach((row, invoice) -> unpackedInvoices.put(at + row, invoice));
        size += rows;
    }

    private static int[] reindex(IdIndex from, IdIndex into) {
        int[] indexes = new int[from.size()];
        for (int index = 0; index < indexes.length; index++) {
            indexes[index] = into.indexOf(from.id(index));
        }
        return indexes;
    }

    public int size() {
        return size;
    }

    /** One row as the record it was added from. */
    public ReceivableFacts facts(int row) {
        String[] invoice = invoice(row);
        return new ReceivableFacts(ids[row], supplierId(row), debtorId(row), invoice[0], invoice[1],
                LocalDate.ofEpochDay(issueDay[row]), LocalDate.ofEpochDay(dueDay[row]), amount(faceFen[row]),
                amount(faceFen[row] - outstandingFen[row] - creditNoteFen[row]), amount(creditNoteFen[row]),
                status(row), disputed[row]);
    }

    public long id(int row) {
        return ids[row];
    }

    public long supplierId(int row) {
        return suppliers.id(supplier[row]);
    }

    public long debtorId(int row) {
        return debtors.id(debtor[row]);
    }

    IdIndex suppliers() {
        return suppliers;
    }

    IdIndex debtors() {
        return debtors;
    }

    int supplierIndex(int row) {
        return supplier[row];
    }

    int debtorIndex(int row) {
        return debtor[row];
    }

    int issueDay(int row) {
        return issueDay[row];
    }

    int dueDay(int row) {
        return dueDay[row];
    }

    long faceFen(int row) {
        return faceFen[row];
    }

    long outstandingFen(int row) {
        return outstandingFen[row];
    }

    long creditNoteFen(int row) {
        return creditNoteFen[row];
    }

    ReceivableStatus status(int row) {
        return STATUSES[status[row]];
    }

    boolean disputed(int row) {
        return disputed[row];
    }

    /** Face less payments and credit notes is above zero and the receivable is not marked paid. */
    boolean unpaid(int row) {
        return status[row] != ReceivableStatus.PAID.ordinal() && outstandingFen[row] > 0;
    }

    long invoiceCodeKey(int row) {
        return invoiceCodeKey[row];
    }

    long invoiceNoKey(int row) {
        return invoiceNoKey[row];
    }

    /** The invoice code and number as imported; rebuilt from the packed digits when they were packed. */
    String[] invoice(int row) {
        String[] unpacked = unpackedInvoices.get(row);
        return unpacked != null ? unpacked
                : new String[] {InvoiceKey.unpack(invoiceCodeKey[row]), InvoiceKey.unpack(invoiceNoKey[row])};
    }

    /** The invoice key as the old string form, for the rare invoices whose code or number is not plain digits. */
    String unpackedInvoiceKey(int row) {
        String[] invoice = unpackedInvoices.get(row);
        return invoice[0] + '/' + invoice[1];
    }

    static BigDecimal amount(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** An amount in whole fen; more decimals than the cache's two are refused. */
    public static long fen(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private void allocate(int capacity) {
        ids = ids == null ? new long[capacity] : Arrays.copyOf(ids, capacity);
        supplier = supplier == null ? new int[capacity] : Arrays.copyOf(supplier, capacity);
        debtor = debtor == null ? new int[capacity] : Arrays.copyOf(debtor, capacity);
        issueDay = issueDay == null ? new int[capacity] : Arrays.copyOf(issueDay, capacity);
        dueDay = dueDay == null ? new int[capacity] : Arrays.copyOf(dueDay, capacity);
        faceFen = faceFen == null ? new long[capacity] : Arrays.copyOf(faceFen, capacity);
        outstandingFen = outstandingFen == null ? new long[capacity] : Arrays.copyOf(outstandingFen, capacity);
        creditNoteFen = creditNoteFen == null ? new long[capacity] : Arrays.copyOf(creditNoteFen, capacity);
        status = status == null ? new byte[capacity] : Arrays.copyOf(status, capacity);
        disputed = disputed == null ? new boolean[capacity] : Arrays.copyOf(disputed, capacity);
        invoiceCodeKey = invoiceCodeKey == null ? new long[capacity] : Arrays.copyOf(invoiceCodeKey, capacity);
        invoiceNoKey = invoiceNoKey == null ? new long[capacity] : Arrays.copyOf(invoiceNoKey, capacity);
    }
}
