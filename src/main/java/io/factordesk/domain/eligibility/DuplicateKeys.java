package io.factordesk.domain.eligibility;

import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Finds the same invoice twice (code + number anywhere in the cache) and double financing (same debtor,
 * amount and issue date under different suppliers). Both stay flagged whatever later edits say.
 */
final class DuplicateKeys {

    private final Map<String, long[]> byInvoice = new HashMap<>();
    private final Map<String, long[]> byDebtorAmountDate = new HashMap<>();

    /** Remembers the first receivable per key and how many share it; [0] first id, [1] its supplier, [2] count, [3] other supplier seen. */
    void observe(ReceivableFacts r) {
        track(byInvoice, r.invoiceKey(), r);
        track(byDebtorAmountDate, debtorAmountDate(r), r);
    }

    void check(ReceivableFacts r, List<RuleFailure> out) {
        long[] invoice = byInvoice.get(r.invoiceKey());
        if (invoice != null && invoice[2] > 1) {
            out.add(new RuleFailure(EligibilityRule.DUPLICATE_INVOICE, "invoice " + r.invoiceCode() + " "
                    + r.invoiceNo() + " appears " + invoice[2] + " times" + firstOther(invoice, r.id())));
        }
        long[] same = byDebtorAmountDate.get(debtorAmountDate(r));
        if (same != null && same[3] != 0) {
            out.add(new RuleFailure(EligibilityRule.DOUBLE_FINANCING, "same debtor, amount "
                    + r.faceAmount().toPlainString() + " and issue date " + r.issueDate()
                    + " under another supplier" + firstOther(same, r.id())));
        }
    }

    private static String firstOther(long[] entry, long id) {
        return entry[0] == id ? "" : " (first: receivable #" + entry[0] + ")";
    }

    private static void track(Map<String, long[]> map, String key, ReceivableFacts r) {
        long[] entry = map.get(key);
        if (entry == null) {
            map.put(key, new long[] {r.id(), r.supplierId(), 1, 0});
            return;
        }
        entry[2]++;
        if (entry[1] != r.supplierId()) {
            entry[3] = r.supplierId();
        }
    }

    private static String debtorAmountDate(ReceivableFacts r) {
        return r.debtorId() + "|" + r.faceAmount().stripTrailingZeros().toPlainString() + "|" + r.issueDate();
    }
}
