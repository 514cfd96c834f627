package io.factordesk.importing;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one file row into a {@link ReceivableLine}, naming every cell that is wrong; a row with any
 * problem yields no line. Exact repeats of an earlier row are problems too.
 */
public final class LineCheck {

    private static final int CODE_LENGTH = 20;
    private static final int CONTRACT_LENGTH = 64;
    private static final int NAME_LENGTH = 200;

    private final ColumnMapping mapping;
    private final Uscc fileSupplier;
    private final DuplicateRows duplicates = new DuplicateRows();

    /** @param fileSupplier the supplier the officer named for the file, or null */
    public LineCheck(ColumnMapping mapping, Uscc fileSupplier) {
        this.mapping = mapping;
        this.fileSupplier = fileSupplier;
    }

    public Optional<ReceivableLine> check(FileRow row, List<ImportProblem> problems) {
        int before = problems.size();
        Cells cells = new Cells(row, problems);
        String code = cells.code(ReceivableField.INVOICE_CODE, CODE_LENGTH);
        String number = cells.code(ReceivableField.INVOICE_NO, CODE_LENGTH);
        LocalDate issued = cells.date(ReceivableField.ISSUE_DATE);
        LocalDate due = cells.date(ReceivableField.DUE_DATE);
        BigDecimal amount = cells.amount(ReceivableField.AMOUNT);
        Uscc supplier = supplier(cells, row, problems);
        Uscc debtor = cells.uscc(ReceivableField.DEBTOR_USCC);
        String supplierName = cells.optional(ReceivableField.SUPPLIER_NAME, NAME_LENGTH);
        String debtorName = cells.optional(ReceivableField.DEBTOR_NAME, NAME_LENGTH);
        String contract = cells.optional(ReceivableField.CONTRACT_NO, CONTRACT_LENGTH);
        if (problems.size() > before) {
            return Optional.empty();
        }
        long firstSeen = duplicates.firstRowWith(row, mapping);
        if (firstSeen != row.number()) {
            problems.add(new ImportProblem(row.number(), mapping.headerOf(ReceivableField.INVOICE_NO), number,
                    ProblemKind.DUPLICATE_ROW, String.valueOf(firstSeen)));
            return Optional.empty();
        }
        return Optional.of(new ReceivableLine(row.number(), code, number, issued, due, amount, supplier,
                supplierName, debtor, debtorName, contract));
    }

    private Uscc supplier(Cells cells, FileRow row, List<ImportProblem> problems) {
        if (!mapping.has(ReceivableField.SUPPLIER_USCC) || cells.raw(ReceivableField.SUPPLIER_USCC).isBlank()) {
            if (fileSupplier == null) {
                return cells.uscc(ReceivableField.SUPPLIER_USCC);
            }
            return fileSupplier;
        }
        Uscc inRow = cells.uscc(ReceivableField.SUPPLIER_USCC);
        if (inRow != null && fileSupplier != null && !inRow.equals(fileSupplier)) {
            problems.add(new ImportProblem(row.number(), mapping.headerOf(ReceivableField.SUPPLIER_USCC),
                    inRow.value(), ProblemKind.SUPPLIER_MISMATCH, fileSupplier.value()));
            return null;
        }
        return inRow;
    }

    /** Reads the cells of one row, adding a problem for each that is missing or malformed. */
    private final class Cells {

        private final FileRow row;
        private final List<ImportProblem> problems;

        Cells(FileRow row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String raw(ReceivableField field) {
            int column = mapping.column(field);
            return column < 0 ? "" : row.text(column).strip();
        }

        String code(ReceivableField field, int maxLength) {
            String value = required(field);
            return value == null ? null : limited(field, value, maxLength);
        }

        String optional(ReceivableField field, int maxLength) {
            String value = raw(field);
            return value.isEmpty() ? null : limited(field, value, maxLength);
        }

        LocalDate date(ReceivableField field) {
            int column = mapping.column(field);
            LocalDate typed = column < 0 ? null : row.date(column);
            if (typed != null) {
                return typed;
            }
            String value = required(field);
            try {
                return value == null ? null : ImportDates.parse(value);
            } catch (InvalidValueException e) {
                return problem(field, value, e);
            }
        }

        BigDecimal amount(ReceivableField field) {
            String value = required(field);
            try {
                return value == null ? null : ImportAmounts.parse(value);
            } catch (InvalidValueException e) {
                return problem(field, value, e);
            }
        }

        Uscc uscc(ReceivableField field) {
            String value = required(field);
            if (value == null) {
                return null;
            }
            String candidate = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC)
                    .toUpperCase(java.util.Locale.ROOT);
            var problem = Uscc.problemWith(candidate);
            if (problem.isPresent()) {
                problems.add(new ImportProblem(row.number(), mapping.headerOf(field), value,
                        ProblemKind.of(problem.get()), problem.get().reason()));
                return null;
            }
            return Uscc.of(candidate);
        }

        private String required(ReceivableField field) {
            String value = raw(field);
            if (value.isEmpty()) {
                problems.add(new ImportProblem(row.number(), mapping.headerOf(field), "", ProblemKind.EMPTY_VALUE,
                        field.id()));
                return null;
            }
            return value;
        }

        private String limited(ReceivableField field, String value, int maxLength) {
            if (value.length() > maxLength) {
                problems.add(new ImportProblem(row.number(), mapping.headerOf(field), value, ProblemKind.TOO_LONG,
                        String.valueOf(maxLength)));
                return null;
            }
            return value;
        }

        private <T> T problem(ReceivableField field, String value, InvalidValueException e) {
            problems.add(new ImportProblem(row.number(), mapping.headerOf(field), value, e.kind(), e.detail()));
            return null;
        }
    }
}
