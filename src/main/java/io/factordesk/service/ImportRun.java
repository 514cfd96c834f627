package io.factordesk.service;

import io.factordesk.cache.CacheTransaction;
import io.factordesk.cache.ImportedReceivables;
import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ImportReport;
import io.factordesk.domain.importing.ImportReport.Outcome;
import io.factordesk.domain.importing.ProblemKind;
import io.factordesk.importing.ColumnMapping;
import io.factordesk.importing.CheckedLines;
import io.factordesk.importing.LineCheck;
import io.factordesk.importing.PartyBook;
import io.factordesk.importing.ReceivableLine;
import io.factordesk.importing.ReceivablesFile;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One pass over a receivables file inside the import's transaction: check, resolve parties, write. */
final class ImportRun {

    /** Unwinds the transaction so nothing stays written; carries the report to the caller. */
    static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        RolledBack(ImportReport report) {
            super(report.outcome().name(), null, false, false);
            this.report = report;
        }

        ImportReport report() {
            return report;
        }
    }

    private final ImportRequest request;
    private final ColumnMapping mapping;
    private final ReceivablesFile file;
    private final ProgressListener progress;
    private final LocalDateTime now;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> rowProblems = new ArrayList<>();
    private final Set<Long> suppliers = new HashSet<>();
    private long problemCount;
    private long rowsRead;
    private long rowsSkipped;

    ImportRun(ImportRequest request, ColumnMapping mapping, ReceivablesFile file, ProgressListener progress,
              Clock clock) {
        this.request = request;
        this.mapping = mapping;
        this.file = file;
        this.progress = progress;
        this.now = LocalDateTime.now(clock);
    }

    ImportReport writeInto(CacheTransaction tx, int batchSize, int progressEvery) {
        LineCheck check = new LineCheck(mapping, request.supplier());
        PartyBook parties = new PartyBook(tx.imports(), request.createParties(), now);
        try (ImportedReceivables receivables = tx.imports().receivables(now, batchSize);
             CheckedLines lines = CheckedLines.start(file, check)) {
            return readAndWrite(tx, lines, parties, receivables, progressEvery);
        }
    }

    private ImportReport readAndWrite(CacheTransaction tx, CheckedLines lines, PartyBook parties,
                                      ImportedReceivables receivables, int progressEvery) {
        for (CheckedLines.Checked row : lines) {
            rowsRead++;
            write(row, parties, receivables);
            if (rowsRead % progressEvery == 0) {
                reportProgress(lines.position());
                if (progress.isCancelled()) {
                    throw new RolledBack(report(Outcome.CANCELLED, 0, 0));
                }
            }
        }
        if (rowsRead == 0) {
            problems.add(ImportProblem.ofFile(ProblemKind.NO_ROWS, ""));
            problemCount++;
        }
        if (problemCount > 0 && !request.validRowsOnly() || rowsRead == rowsSkipped) {
            throw new RolledBack(report(Outcome.REFUSED, 0, 0));
        }
        receivables.flush();
        ImportReport report = report(Outcome.IMPORTED, receivables.written(), parties.created());
        remember(tx);
        tx.auditLog().append(request.officerLogin(), "RECEIVABLES_IMPORTED", "receivable", null, auditDetail(report));
        return report;
    }

    /** Bytes read of the file's size when the size is known (a determinate bar), else the rows read. */
    private void reportProgress(long position) {
        if (file.length() > 0) {
            progress.progress(Math.min(position, file.length()), file.length(),
                    ReceivablesImportService.STAGE_READING);
        } else {
            progress.progress(rowsRead, -1, ReceivablesImportService.STAGE_READING);
        }
    }

    private void write(CheckedLines.Checked row, PartyBook parties, ImportedReceivables receivables) {
        rowProblems.clear();
        rowProblems.addAll(row.problems());
        Optional<ReceivableLine> checked = Optional.ofNullable(row.line());
        PartyBook.LineParties ids = checked.map(line -> parties.resolve(line, mapping, rowProblems)).orElse(null);
        if (ids == null) {
            rowsSkipped++;
            problemCount += rowProblems.size();
            for (ImportProblem problem : rowProblems) {
                if (problems.size() < ImportReport.MAX_LISTED_PROBLEMS) {
                    problems.add(problem);
                }
            }
            return;
        }
        ReceivableLine line = checked.get();
        suppliers.add(ids.supplierId());
        receivables.add(ids.supplierId(), ids.debtorId(), line.invoiceCode(), line.invoiceNo(), line.issueDate(),
                line.dueDate(), line.amount(), line.contractNo());
    }

    /** The mapping used is remembered for the file's supplier when the officer gave one or the file has one. */
    private void remember(CacheTransaction tx) {
        if (request.mappingFile() != null && suppliers.size() == 1) {
            tx.imports().rememberMapping(suppliers.iterator().next(), mapping.remembered());
        }
    }

    private ImportReport report(Outcome outcome, long imported, int partiesCreated) {
        return new ImportReport(outcome, file.encodingLabel(), rowsRead, imported,
                outcome == Outcome.IMPORTED ? rowsSkipped : 0, partiesCreated, problems, problemCount);
    }

    private String auditDetail(ImportReport report) {
        return "file=" + request.file().getFileName() + "; encoding=" + report.encoding() + "; rows="
                + report.rowsRead() + "; imported=" + report.rowsImported() + "; partiesCreated="
                + report.partiesCreated() + (request.validRowsOnly()
                ? "; validRowsOnly=true; skippedRows=" + report.rowsSkipped() + "; problems=" + report.problemCount()
                : "");
    }
}
