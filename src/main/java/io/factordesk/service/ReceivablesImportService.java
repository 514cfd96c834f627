package io.factordesk.service;

import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.ReceivableLookupIndexes;
import io.factordesk.cache.Transactions;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.domain.importing.ImportReport.Outcome;
import io.factordesk.importing.ColumnMapping;
import io.factordesk.importing.MappingFile;
import io.factordesk.importing.ReceivableField;
import io.factordesk.importing.ReceivablesFile;
import io.factordesk.importing.ReceivablesFileException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a supplier's receivables file into the cache, all or nothing: the rows are checked and
 * written in one transaction that is rolled back if any row has a problem (unless the officer asked
 * for the valid rows only) or the officer cancels.
 */
public final class ReceivablesImportService {

    public static final String STAGE_READING = "import.stage.reading";
    public static final String STAGE_INDEXING = "import.stage.indexing";
    public static final String STAGE_DONE = "import.stage.done";
    static final int BATCH_SIZE = 5_000;
    static final int PROGRESS_EVERY = 5_000;
    /** A file of at least this many rows, and at least half as many as the cache holds, is a bulk load. */
    static final long BULK_LOAD_ROWS = 50_000;

    private final Transactions transactions;
    private final ImportRepository lookups;
    private final Clock clock;

    public ReceivablesImportService(Transactions transactions, ImportRepository lookups, Clock clock) {
        this.transactions = transactions;
        this.lookups = lookups;
        this.clock = clock;
    }

    /**
     * @throws IOException              when the file cannot be read at all
     * @throws IllegalArgumentException when the mapping file or the encoding is invalid
     */
    public ImportReport importFile(ImportRequest request, ProgressListener progress) throws IOException {
        Map<String, ReceivableField> assigned = assignedHeaders(request);
        try (ReceivablesFile file = ReceivablesFile.open(request.file(), request.encoding())) {
            List<ImportProblem> problems = new ArrayList<>();
            ColumnMapping mapping = ColumnMapping.recognise(file.header(), assigned, required(request), problems);
            if (!problems.isEmpty()) {
                return new ImportReport(Outcome.REFUSED, file.encodingLabel(), 0, 0, 0, 0, problems, problems.size());
            }
            ImportRun run = new ImportRun(request, mapping, file, progress, clock);
            ImportReport report = write(run, file, progress);
            if (report.outcome() == Outcome.IMPORTED) {
                progress.progress(report.rowsRead(), report.rowsRead(), STAGE_DONE);
            }
            return report;
        } catch (ReceivablesFileException e) {
            return new ImportReport(Outcome.REFUSED, request.encoding(), 0, 0, 0, 0, List.of(e.problem()), 1);
        }
    }

    /**
     * The import's one transaction. A bulk load rebuilds the receivable lookup indexes after it instead of
     * maintaining them row by row (the data and its constraints are checked exactly the same way); they are
     * rebuilt whatever the outcome, before the officer is told.
     */
    private ImportReport write(ImportRun run, ReceivablesFile file, ProgressListener progress) {
        if (!isBulkLoad(file.estimatedRows(), lookups.receivableCount())) {
            return transact(run);
        }
        ReceivableLookupIndexes indexes = lookups.lookupIndexes();
        return indexes.rebuiltAfter(() -> transact(run),
                built -> progress.progress(built, indexes.count(), STAGE_INDEXING));
    }

    private ImportReport transact(ImportRun run) {
        try {
            return transactions.inTransaction(tx -> run.writeInto(tx, BATCH_SIZE, PROGRESS_EVERY));
        } catch (ImportRun.RolledBack rolledBack) {
            return rolledBack.report();
        }
    }

    /** Rebuilding costs about a quarter of maintaining per row of the table, so it pays for large files only. */
    static boolean isBulkLoad(long estimatedRows, long rowsInCache) {
        return estimatedRows >= BULK_LOAD_ROWS && estimatedRows * 2 >= rowsInCache;
    }

    /** The supplier's remembered headers, overridden by the officer's mapping file. */
    private Map<String, ReceivableField> assignedHeaders(ImportRequest request) throws IOException {
        Map<String, ReceivableField> assigned = new LinkedHashMap<>();
        supplierId(request.supplier()).ifPresent(id -> assigned.putAll(MappingFile.parse(lookups.mappingOf(id))));
        if (request.mappingFile() != null) {
            assigned.putAll(MappingFile.load(request.mappingFile()));
        }
        return assigned;
    }

    private java.util.Optional<Long> supplierId(Uscc supplier) {
        if (supplier == null) {
            return java.util.Optional.empty();
        }
        ImportRepository.KnownParty party = lookups.knownParties().get(supplier);
        return party != null && party.supplier() ? java.util.Optional.of(party.id()) : java.util.Optional.empty();
    }

    private static List<ReceivableField> required(ImportRequest request) {
        List<ReceivableField> required = new ArrayList<>(List.of(ReceivableField.INVOICE_CODE,
                ReceivableField.INVOICE_NO, ReceivableField.ISSUE_DATE, ReceivableField.DUE_DATE,
                ReceivableField.AMOUNT, ReceivableField.DEBTOR_USCC));
        if (request.supplier() == null) {
            required.add(ReceivableField.SUPPLIER_USCC);
        }
        return required;
    }
}
