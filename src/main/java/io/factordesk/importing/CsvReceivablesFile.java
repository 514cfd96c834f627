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

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final FileEncoding encoding;
    private final List<String> header;
    private final CountedStream counted;
    private final long length;

    private CsvReceivablesFile(CsvReader<CsvRecord> reader, FileEncoding encoding, CountedStream counted,
                               long length) {
        this.reader = reader;
        this.counted = counted;
        this.length = length;
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
            return new CsvReceivablesFile(reader, encoding, in, Files.size(file));
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
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
