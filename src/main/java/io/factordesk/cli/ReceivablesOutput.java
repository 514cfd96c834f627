package io.factordesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.eligibility.RuleFailure;
import io.factordesk.service.ReceivableStanding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Prints listed receivables as they arrive: a JSON array, or a text table with one line per receivable. */
abstract class ReceivablesOutput {

    abstract void row(ReceivableStanding standing);

    abstract void finish();

    static ReceivablesOutput json(PrintWriter out) {
        return new Json(out);
    }

    static ReceivablesOutput table(PrintWriter out) {
        return new Table(out);
    }

    private static final class Json extends ReceivablesOutput {

        private final PrintWriter out;
        private final JsonGenerator json;

        Json(PrintWriter out) {
            this.out = out;
            try {
                this.json = new ObjectMapper().getFactory().createGenerator(out).useDefaultPrettyPrinter();
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(ReceivableStanding standing) {
            Receivable r = standing.receivable();
            try {
                json.writeStartObject();
                json.writeNumberField("id", r.id());
                json.writeStringField("invoiceCode", r.invoiceCode());
                json.writeStringField("invoiceNo", r.invoiceNo());
                json.writeStringField("issueDate", r.issueDate().toString());
                json.writeStringField("dueDate", r.dueDate().toString());
                json.writeStringField("supplierUscc", r.supplierUscc().value());
                json.writeStringField("debtorUscc", r.debtorUscc().value());
                json.writeStringField("faceAmount", r.faceAmount().toPlainString());
                json.writeStringField("status", r.status().name());
                json.writeBooleanField("eligible", standing.eligibility().eligible());
                json.writeArrayFieldStart("reasons");
                for (RuleFailure failure : standing.eligibility().failures()) {
                    json.writeStartObject();
                    json.writeStringField("rule", failure.rule().name());
                    json.writeStringField("detail", failure.detail());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void finish() {
            try {
                json.writeEndArray();
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.flush();
        }
    }

    private static final class Table extends ReceivablesOutput {

        private static final String FORMAT = "%8s  %-10s  %-8s  %-10s  %-10s  %-18s  %-18s  %15s  %-8s  %-8s  %s%n";
        private final PrintWriter out;
        private long count;

        Table(PrintWriter out) {
            this.out = out;
            out.printf(FORMAT, "ID", "CODE", "NUMBER", "ISSUED", "DUE", "SUPPLIER", "DEBTOR", "FACE", "STATUS",
                    "ELIGIBLE", "REASONS");
        }

        @Override
        void row(ReceivableStanding standing) {
            Receivable r = standing.receivable();
            String reasons = standing.eligibility().failures().stream()
                    .map(f -> f.rule().name() + " (" + f.detail() + ")").collect(Collectors.joining("; "));
            out.printf(FORMAT, r.id(), r.invoiceCode(), r.invoiceNo(), r.issueDate(), r.dueDate(),
                    r.supplierUscc().value(), r.debtorUscc().value(), r.faceAmount().toPlainString(), r.status().name(),
                    standing.eligibility().eligible() ? "yes" : "no", reasons);
            count++;
        }

        @Override
        void finish() {
            out.println(count + " receivables");
            out.flush();
        }
    }
}
