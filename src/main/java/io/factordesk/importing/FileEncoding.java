package io.factordesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The character set of a CSV file: chosen by the officer, or detected (a UTF-8 byte-order mark, else
 * juniversalchardet over the first megabyte). GBK is read as its superset GB18030.
 *
 * @param label      what the summary calls it: "UTF-8 (BOM)", "UTF-8", "GBK", "GB18030"
 * @param bomLength  bytes to skip at the start of the file
 */
public record FileEncoding(Charset charset, String label, int bomLength) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SAMPLE = 1 << 20;

    /** @param choice auto, UTF-8, GBK or GB18030 (case-insensitive) */
    public static FileEncoding of(Path file, String choice) throws IOException {
        boolean bom = startsWithBom(file);
        String wanted = choice == null ? "auto" : choice.strip().toUpperCase(Locale.ROOT);
        return switch (wanted) {
            case "AUTO" -> bom ? utf8(true) : detect(file);
            case "UTF-8", "UTF8" -> utf8(bom);
            case "GBK" -> new FileEncoding(Charset.forName("GB18030"), "GBK", 0);
            case "GB18030" -> new FileEncoding(Charset.forName("GB18030"), "GB18030", 0);
            default -> throw new IllegalArgumentException("unsupported encoding '" + choice
                    + "' (use auto, UTF-8, GBK or GB18030)");
        };
    }

    private static FileEncoding utf8(boolean bom) {
        return new FileEncoding(StandardCharsets.UTF_8, bom ? "UTF-8 (BOM)" : "UTF-8", bom ? UTF8_BOM.length : 0);
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM);
        }
    }

    private static boolean hasNonAscii(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE);
            for (byte b : sample) {
                if (b < 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static FileEncoding detect(Path file) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] buffer = new byte[64 * 1024];
        long seen = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while (!detector.isDone() && seen < SAMPLE && (read = in.read(buffer)) > 0) {
                detector.handleData(buffer, 0, read);
                seen += read;
            }
        }
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (Constants.CHARSET_UTF_8.equals(detected) || detected == null && !hasNonAscii(file)) {
            return utf8(false);
        }
        // Not UTF-8: Chinese suppliers' other encoding is GBK/GB18030 (Excel's default on a Chinese
        // Windows). Short samples can look like Big5 or windows-1252 to the detector; those files are
        // read as GB18030 too, and an officer with a real Big5 file says so with --encoding.
        return new FileEncoding(Charset.forName("GB18030"), "GB18030", 0);
    }
}
