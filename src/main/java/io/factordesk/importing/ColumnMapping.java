package io.factordesk.importing;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the supplier's file holds which field. Built from the header row: a header the
 * officer mapped (mapping file, else the supplier's remembered mapping) wins over the common names.
 */
public final class ColumnMapping {

    private final Map<ReceivableField, Integer> columns;
    private final List<String> header;

    private ColumnMapping(Map<ReceivableField, Integer> columns, List<String> header) {
        this.columns = columns;
        this.header = header;
    }

    /**
     * @param header   the header row as in the file
     * @param assigned normalised header → field, from a mapping file or the supplier's remembered mapping
     * @param problems receives missing and doubly mapped columns
     * @param required the fields the file must have
     */
    public static ColumnMapping recognise(List<String> header, Map<String, ReceivableField> assigned,
                                          List<ReceivableField> required, List<ImportProblem> problems) {
        Map<ReceivableField, Integer> columns = new EnumMap<>(ReceivableField.class);
        for (int i = 0; i < header.size(); i++) {
            String normalised = HeaderText.normalise(header.get(i));
            Optional<ReceivableField> field = Optional.ofNullable(assigned.get(normalised))
                    .or(() -> ReceivableField.recognise(normalised));
            if (field.isEmpty()) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(field.get(), i);
            if (earlier != null) {
                problems.add(new ImportProblem(1, header.get(i), header.get(i), ProblemKind.DUPLICATE_COLUMN,
                        header.get(earlier)));
            }
        }
        for (ReceivableField field : required) {
            if (!columns.containsKey(field)) {
                problems.add(new ImportProblem(1, field.standardHeader(), "", ProblemKind.MISSING_COLUMN, field.id()));
            }
        }
        return new ColumnMapping(columns, List.copyOf(header));
    }

    public boolean has(ReceivableField field) {
        return columns.containsKey(field);
    }

    /** The column index of a field, or -1 when the file has no such column. */
    public int column(ReceivableField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The header text of a field's column, as the officer sees it in the file. */
    public String headerOf(ReceivableField field) {
        Integer column = columns.get(field);
        return column == null ? field.standardHeader() : header.get(column);
    }

    /** Normalised header → field id for every mapped column: what is remembered for the supplier. */
    public Map<String, String> remembered() {
        Map<String, String> entries = new LinkedHashMap<>();
        columns.forEach((field, column) -> entries.put(HeaderText.normalise(header.get(column)), field.id()));
        return Collections.unmodifiableMap(entries);
    }

    /** The fields found, in field order. */
    public List<ReceivableField> fields() {
        return new ArrayList<>(columns.keySet());
    }
}
