package io.factordesk.service;

import io.factordesk.cache.ReceivableRepository;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivablePage;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.exporting.CsvReceivablesSheet;
import io.factordesk.exporting.ReceivablesSheet;
import io.factordesk.exporting.XlsxReceivablesSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes the receivables of a filtered view to CSV or XLSX, page by page from the cache. The file
 * appears only when complete: a cancelled or failed export leaves nothing behind.
 */
public final class ReceivablesExportService {

    /** The file kinds an officer can export to. */
    public enum Format { CSV, XLSX }

    private static final int PAGE = 5_000;
    private final ReceivableRepository receivables;

    public ReceivablesExportService(ReceivableRepository receivables) {
        this.receivables = receivables;
    }

    /**
     * @param headers column titles in the officer's language, one per {@link ReceivablesSheet#COLUMNS}
     * @return the number of receivables written
     */
    public long export(ReceivableQuery filter, Path target, Format format, List<String> headers, boolean english,
                       ProgressListener progress) {
        if (headers.size() != ReceivablesSheet.COLUMNS.size()) {
            throw new IllegalArgumentException("need " + ReceivablesSheet.COLUMNS.size() + " column titles");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".factordesk-export", ".part");
            long written;
            try (ReceivablesSheet sheet = format == Format.CSV ? new CsvReceivablesSheet(temp)
                    : new XlsxReceivablesSheet(temp, "receivables")) {
                sheet.header(headers);
                written = writeRows(filter, sheet, english, progress);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export receivables to " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private long writeRows(ReceivableQuery filter, ReceivablesSheet sheet, boolean english, ProgressListener progress)
            throws IOException {
        ReceivableQuery page = new ReceivableQuery(filter.supplierId(), filter.text(), filter.status(), filter.sort(),
                filter.descending(), 0, PAGE);
        long written = 0;
        while (true) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled after " + written + " receivables");
            }
            ReceivablePage rows = receivables.page(page.at((int) written));
            for (Receivable receivable : rows.rows()) {
                sheet.row(receivable, english);
            }
            written += rows.rows().size();
            progress.progress(written, rows.totalCount(), "export.stage.rows");
            if (rows.rows().size() < PAGE) {
                return written;
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ReceivablesExportService.class).warn("cannot delete {}", temp, e);
            }
        }
    }
}
