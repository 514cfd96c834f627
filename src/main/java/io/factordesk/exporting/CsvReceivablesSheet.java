package io.factordesk.exporting;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.factordesk.domain.review.ReviewRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** UTF-8 CSV with a byte-order mark, so Excel and WPS open the Chinese names correctly. */
public final class CsvReceivablesSheet implements ReceivablesSheet {

    private final Writer writer;
    private final CsvWriter csv;

    public CsvReceivablesSheet(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.csv = CsvWriter.builder().build(writer);
    }

    @Override
    public void header(List<String> titles) {
        csv.writeRecord(titles);
    }

    @Override
    public void row(ReviewRow row, boolean english) {
        String[] cells = ReceivablesSheet.texts(row, english);
        cells[AMOUNT_COLUMN] = row.receivable().faceAmount().toPlainString();
        csv.writeRecord(cells);
    }

    @Override
    public void close() throws IOException {
        csv.close();
        writer.close();
    }
}
