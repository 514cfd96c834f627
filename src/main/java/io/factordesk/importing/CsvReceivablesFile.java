package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A CSV file read with FastCSV in a known encoding; bytes that do not decode are reported, never replaced. */
final class CsvReceivablesFile implements ReceivablesFile {

    private static final int SAMPLE_BYTES = 1 << 20;

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final FileEncoding encoding;
    private final List<String> header;
    private final CountedStream counted;
    private final long length;
    private final long estimatedRows;

    private CsvReceivablesFile(CsvReader<CsvRecord> reader, FileEncoding encoding, CountedStream counted,
                               long length, long estimatedRows) {
        this.reader = reader;
        this.counted = counted;
        this.length = length;
        this.estimatedRows = estimatedRows;
        this.records = reader.iterator();
        this.encoding = encoding;
        if (!guarded(records::hasNext)) {
            throw new ReceivablesFileException(ProblemKind.EMPTY_FILE, "", null);
        }
        this.header = guarded(records::next).getFields();
    }

    static CsvReceivablesFile open(Path file, FileEncoding encoding) throws IOException {
        CountedStream in = new CountedStream(Files.newInputStream(file));
        try {
            in.skipNBytes(encoding.bomLength());
            var decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
            return new CsvReceivablesFile(reader, encoding, in, Files.size(file), estimateRows(file));
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Line feeds in the first megabyte, scaled to the file's size, less the header. A line feed byte is never
     * part of a UTF-8, GBK or GB18030 character, so the bytes need no decoding; a quoted cell spanning lines
     * counts twice, which is fine for an estimate.
     */
    static long estimateRows(Path file) throws IOException {
        long size = Files.size(file);
        byte[] sample;
        try (var in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        long lines = 0;
        for (byte b : sample) {
            if (b == '\n') {
                lines++;
            }
        }
        if (sample.length < size) {
            lines = sample.length == 0 ? 0 : lines * size / sample.length;
        } else if (sample.length > 0 && sample[sample.length - 1] != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    @Override
    public long estimatedRows() {
        return estimatedRows;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long position() {
        return counted.count();
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public String encodingLabel() {
        return encoding.label();
    }

    @Override
    public Iterator<FileRow> iterator() {
        return new Iterator<>() {
            private long number = 1;

            @Override
            public boolean hasNext() {
                return guarded(records::hasNext);
            }

            @Override
            public FileRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                number++;
                return new CsvRow(number, guarded(records::next));
            }
        };
    }

    private <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ReceivablesFileException(ProblemKind.WRONG_ENCODING, encoding.label(), e);
            }
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, String.valueOf(e.getCause()), e);
        } catch (CsvParseException e) {
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private record CsvRow(long number, CsvRecord record) implements FileRow {

        @Override
        public int size() {
            return record.getFieldCount();
        }

        @Override
        public String text(int column) {
            return column < record.getFieldCount() ? record.getField(column) : "";
        }
    }
}
