package io.factordesk.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Turns the exporter's PDF into the archived contract: PDF/A-2b metadata that veraPDF accepts and bytes
 * that depend only on the content. OpenPDF writes an incomplete /CIDSet (a PDF/A violation), random
 * font-subset tags, the current time and a random /ID; here the CIDSet goes, the tags are numbered, the
 * metadata is rewritten ({@link ArchiveMetadata}) and the /ID is the first 16 bytes of the SHA-256 of the
 * file written with a placeholder ID.
 */
final class PdfArchive {

    private static final Pattern SUBSET_TAG = Pattern.compile("^([A-Z]{6})\\+(.*)$");
    private static final byte[] ID_PLACEHOLDER = filled((byte) 0xFD);

    /** What the archived file says about itself. */
    record Description(String title, String author, String subject, String language, LocalDateTime time) {
    }

    private PdfArchive() {
    }

    static RenderedContract finish(byte[] exported, Description description) throws IOException {
        try (PDDocument document = Loader.loadPDF(exported)) {
            normaliseFonts(document);
            ArchiveMetadata.describe(document, description);
            COSString placeholder = new COSString(ID_PLACEHOLDER);
            COSArray id = new COSArray();
            id.add(placeholder);
            id.add(placeholder);
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(exported.length);
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            byte[] pdf = out.toByteArray();
            byte[] contentId = Arrays.copyOf(sha256(pdf), 16);
            replaceId(pdf, contentId);
            return new RenderedContract(pdf, HexFormat.of().formatHex(sha256(pdf)), document.getNumberOfPages());
        }
    }

    private static void normaliseFonts(PDDocument document) {
        Map<String, String> tags = new HashMap<>();
        for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (object.getObject() instanceof COSDictionary descriptor) {
                descriptor.removeItem(COSName.CID_SET);
                retag(descriptor, COSName.FONT_NAME, tags);
            }
        }
        for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
            if (object.getObject() instanceof COSDictionary font) {
                retag(font, COSName.BASE_FONT, tags);
            }
        }
    }

    /** Same random tag -> same numbered tag, so a font and its descriptor still agree. */
    private static void retag(COSDictionary dictionary, COSName key, Map<String, String> tags) {
        String name = dictionary.getNameAsString(key);
        if (name == null) {
            return;
        }
        Matcher m = SUBSET_TAG.matcher(name);
        if (m.matches()) {
            String tag = tags.computeIfAbsent(m.group(1), t -> subsetTag(tags.size()));
            dictionary.setName(key, tag + "+" + m.group(2));
        }
    }

    private static String subsetTag(int index) {
        char[] tag = "FDAAAA".toCharArray();
        for (int i = 5, n = index; i >= 2 && n > 0; i--, n /= 26) {
            tag[i] = (char) ('A' + n % 26);
        }
        return new String(tag);
    }


    private static void replaceId(byte[] pdf, byte[] id) {
        byte[] placeholder = ("<" + HexFormat.of().withUpperCase().formatHex(ID_PLACEHOLDER) + ">")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = ("<" + HexFormat.of().withUpperCase().formatHex(id) + ">")
                .getBytes(StandardCharsets.US_ASCII);
        int found = 0;
        for (int at = lastIndexOf(pdf, placeholder, pdf.length); at >= 0 && found < 2;
             at = lastIndexOf(pdf, placeholder, at)) {
            System.arraycopy(replacement, 0, pdf, at, replacement.length);
            found++;
        }
        if (found != 2) {
            throw new IllegalStateException("the PDF writer did not write the document ID as expected");
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle, int before) {
        for (int i = Math.min(before - 1, haystack.length - needle.length); i >= 0; i--) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[16];
        Arrays.fill(bytes, value);
        return bytes;
    }

}
