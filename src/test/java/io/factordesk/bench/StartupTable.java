package io.factordesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median/min/max per program and mode, and the FactorDesk : bare window ratio, as Markdown. */
final class StartupTable {

    record Row(String mode, String program, List<Long> millis) {

        long median() {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        long min() {
            return Collections.min(millis);
        }

        long max() {
            return Collections.max(millis);
        }
    }

    private StartupTable() {
    }

    static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| CDS | program | median ms | min ms | max ms | runs |\n");
        table.append("|---|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d |%n",
                    row.mode(), row.program(), row.median(), row.min(), row.max(), row.millis().size()));
        }
        for (Row bare : rows) {
            if (!bare.program().startsWith("bare")) {
                continue;
            }
            for (Row app : rows) {
                if (app.mode().equals(bare.mode()) && !app.program().startsWith("bare")) {
                    table.append(String.format(Locale.ROOT, "%nratio (%s, medians): %.2fx the bare window (goal <= 1.30x)%n",
                            bare.mode(), (double) app.median() / bare.median()));
                }
            }
        }
        return table.toString();
    }
}
