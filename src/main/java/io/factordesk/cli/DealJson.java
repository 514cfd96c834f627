package io.factordesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deal as the CLI prints it: amounts and rates as decimal strings, never JSON numbers. */
final class DealJson {

    private DealJson() {
    }

    static String of(Deal deal) {
        DealTerms terms = deal.priced().terms();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", deal.id());
        json.put("dealNo", deal.dealNo());
        json.put("status", deal.status().name());
        json.put("supplierUscc", deal.supplierUscc());
        json.put("fundingDate", terms.fundingDate().toString());
        json.put("advanceRate", terms.advanceRate().toPlainString());
        json.put("annualRate", terms.annualRate().toPlainString());
        json.put("recourse", terms.recourse());
        json.put("disclosed", terms.disclosed());
        json.put("fees", Map.of("kind", terms.fee().kind().name(), "value", terms.fee().value().toPlainString(),
                "total", text(deal.priced().totals().fees())));
        json.put("registryNo", deal.registryNo());
        json.put("registrationMissing", deal.missingRegistration());
        json.put("lines", deal.priced().lines().stream().map(DealJson::line).toList());
        json.put("totals", totals(deal.priced().totals()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> line(DealLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("receivableId", line.receivable().receivableId());
        json.put("invoiceCode", line.receivable().invoiceCode());
        json.put("invoiceNo", line.receivable().invoiceNo());
        json.put("debtorUscc", line.receivable().debtorUscc());
        json.put("faceAmount", text(line.faceAmount()));
        json.put("dueDate", line.receivable().dueDate().toString());
        json.put("days", line.days());
        json.put("advance", text(line.advance()));
        json.put("discountInterest", text(line.discountInterest()));
        json.put("fee", text(line.fee()));
        json.put("netProceeds", text(line.netProceeds()));
        json.put("reserve", text(line.reserve()));
        return json;
    }

    private static Map<String, Object> totals(DealTotals totals) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("faceAmount", text(totals.faceAmount()));
        json.put("advance", text(totals.advance()));
        json.put("discountInterest", text(totals.discountInterest()));
        json.put("fees", text(totals.fees()));
        json.put("netProceeds", text(totals.netProceeds()));
        json.put("reserve", text(totals.reserve()));
        return json;
    }

    private static String text(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    /** A few lines for a person: number, status, totals, and the registry warning. */
    static List<String> summary(Deal deal) {
        DealTotals t = deal.priced().totals();
        List<String> lines = new java.util.ArrayList<>(List.of(
                String.format("Deal %s (id %d) %s, supplier %s %s", deal.dealNo(), deal.id(), deal.status(),
                        deal.supplierUscc(), deal.supplierName()),
                String.format("%d receivables, face %s, advance %s, interest %s, fees %s, net proceeds %s, reserve %s",
                        deal.priced().lines().size(), text(t.faceAmount()), text(t.advance()),
                        text(t.discountInterest()), text(t.fees()), text(t.netProceeds()), text(t.reserve()))));
        if (deal.missingRegistration()) {
            lines.add("Warning: no registry (中登网) registration number yet; unregistered assignments rank last"
                    + " (Civil Code art. 768).");
        }
        return lines;
    }
}
