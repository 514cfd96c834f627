package io.factordesk.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A receivables file a supplier sent, CSV or XLSX: its header row, then the data rows read one at a
 * time, so a million-row file is never held in memory as rows.
 */
public interface ReceivablesFile extends AutoCloseable, Iterable<FileRow> {

    List<String> header();

    /** The character set for CSV; "XLSX" for a workbook. */
    String encodingLabel();

    /** How far reading has come: bytes of the file (CSV) or of the worksheet (XLSX), for a progress bar. */
    long position();

    /** The total that {@link #position()} runs up to; -1 when unknown. */
    long length();

    /**
     * About how many rows follow the header, known before reading them, so an import can tell a bulk load
     * from a day's invoices; -1 when the file cannot tell cheaply.
     */
    default long estimatedRows() {
        return -1;
    }

    /** Rows after the header; reading errors surface as {@link ReceivablesFileException}. */
    @Override
    Iterator<FileRow> iterator();

    @Override
    void close() throws IOException;

    /**
     * @param encoding auto, UTF-8, GBK or GB18030; ignored for XLSX
     * @throws ReceivablesFileException when the file is empty or unreadable
     */
    static ReceivablesFile open(Path file, String encoding) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || XlsxReceivablesFile.looksLikeZip(file)) {
            return XlsxReceivablesFile.open(file);
        }
        return CsvReceivablesFile.open(file, FileEncoding.of(file, encoding));
    }
}
