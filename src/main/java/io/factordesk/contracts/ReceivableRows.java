package io.factordesk.contracts;

import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.FinancedReceivable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table rows of the schedule, the fee schedule and the notices: one map per deal line, keyed by the
 * JRXML field names. The whole receivable is assigned, so the assigned amount is the face amount.
 */
final class ReceivableRows {

    private ReceivableRows() {
    }

    static List<Map<String, ?>> of(List<DealLine> lines) {
        List<Map<String, ?>> rows = new ArrayList<>(lines.size());
        int no = 1;
        for (DealLine line : lines) {
            FinancedReceivable r = line.receivable();
            Map<String, Object> row = new HashMap<>(24);
            row.put("no", no++);
            row.put("invoiceCode", r.invoiceCode());
            row.put("invoiceNo", r.invoiceNo());
            row.put("issueDate", DateTimeFormatter.ISO_LOCAL_DATE.format(r.issueDate()));
            row.put("dueDate", DateTimeFormatter.ISO_LOCAL_DATE.format(r.dueDate()));
            row.put("debtorName", r.debtorName());
            row.put("debtorUscc", r.debtorUscc());
            row.put("contractRef", r.contractRef());
            row.put("faceAmount", line.faceAmount());
            row.put("assignedAmount", line.faceAmount());
            row.put("days", line.days());
            row.put("advance", line.advance());
            row.put("interest", line.discountInterest());
            row.put("fee", line.fee());
            row.put("net", line.netProceeds());
            row.put("reserve", line.reserve());
            rows.add(row);
        }
        return rows;
    }
}
