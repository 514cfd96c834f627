package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * The first worksheet of an XLSX workbook (Excel, WPS or LibreOffice), streamed with POI's event API:
 * the shared strings and styles are loaded, the rows are read one at a time.
 */
final class XlsxReceivablesFile implements ReceivablesFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final OPCPackage pkg;
    private final CountedStream sheet;
    private final long length;
    private final SheetRowReader rows;
    private final List<String> header;
    private SheetRowReader.SheetRow pending;

    private XlsxReceivablesFile(OPCPackage pkg, CountedStream sheet, long length, SheetRowReader rows) {
        this.pkg = pkg;
        this.sheet = sheet;
        this.length = length;
        this.rows = rows;
        SheetRowReader.SheetRow first = read();
        while (first != null && first.isBlank()) {
            first = read();
        }
        if (first == null) {
            throw new ReceivablesFileException(ProblemKind.EMPTY_FILE, "", null);
        }
        this.header = List.of(first.texts());
        this.pending = read();
    }

    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        }
    }

    static XlsxReceivablesFile open(Path file) throws IOException {
        OPCPackage pkg = null;
        CountedStream sheet = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ReceivablesFileException(ProblemKind.EMPTY_FILE, "", null);
            }
            sheet = new CountedStream(sheets.next());
            long length = sheets.getSheetPart().getSize();
            SheetRowReader rows = new SheetRowReader(XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet),
                    new ReadOnlySharedStringsTable(pkg), reader.getStylesTable());
            return new XlsxReceivablesFile(pkg, sheet, length, rows);
        } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            if (sheet != null) {
                sheet.close();
            }
            if (pkg != null) {
                pkg.revert();
            }
            if (e instanceof ReceivablesFileException known) {
                throw known;
            }
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, String.valueOf(e.getMessage()), e);
        }
    }

    private SheetRowReader.SheetRow read() {
        try {
            return rows.next();
        } catch (XMLStreamException | RuntimeException e) {
            throw new ReceivablesFileException(ProblemKind.UNREADABLE_FILE, String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long position() {
        return sheet.count();
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public String encodingLabel() {
        return "XLSX";
    }

    @Override
    public Iterator<FileRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public FileRow next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                FileRow row = pending;
                pending = read();
                return row;
            }
        };
    }

    @Override
    public void close() throws IOException {
        sheet.close();
        // Opened read-only: revert, never save, so the supplier's file is left exactly as it was.
        pkg.revert();
    }
}
