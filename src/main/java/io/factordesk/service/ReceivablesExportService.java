package io.factordesk.service;

import io.factordesk.cache.ReviewDeskRepository;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
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
 * Writes the receivables of a filtered view to CSV or XLSX in the view's order, page by page from the cache
 * (keyset pages: the millionth row costs what the first does). The file appears only when complete: a
 * cancelled or failed export leaves nothing behind.
 */
public final class ReceivablesExportService {

    /** The file kinds an officer can export to. */
    public enum Format { CSV, XLSX }

    private static final int PAGE = 5_000;
    private final ReviewDeskRepository desk;
    private final int pageSize;

    public ReceivablesExportService(ReviewDeskRepository desk) {
        this(desk, PAGE);
    }

    ReceivablesExportService(ReviewDeskRepository desk, int pageSize) {
        this.desk = desk;
        this.pageSize = pageSize;
    }

    /**
     * @param headers column titles in the officer's language, one per {@link ReceivablesSheet#COLUMNS}
     * @return the number of receivables written
     */
    public long export(ReviewFilter filter, ReviewSort sort, boolean descending, Path target, Format format,
                       List<String> headers, boolean english, ProgressListener progress) {
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
                written = writeRows(filter, sort, descending, sheet, english, progress);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export receivables to " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private long writeRows(ReviewFilter filter, ReviewSort sort, boolean descending, ReceivablesSheet sheet,
                           boolean english, ProgressListener progress) throws IOException {
        long total = desk.sums(filter).count();
        long written = 0;
        ReviewRow last = null;
        while (true) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled after " + written + " receivables");
            }
            List<ReviewRow> rows = desk.pageAfter(filter, sort, descending, last, pageSize);
            for (ReviewRow row : rows) {
                sheet.row(row, english);
            }
            written += rows.size();
            progress.progress(written, Math.max(total, written), "export.stage.rows");
            if (rows.size() < pageSize) {
                return written;
            }
            last = rows.get(rows.size() - 1);
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
