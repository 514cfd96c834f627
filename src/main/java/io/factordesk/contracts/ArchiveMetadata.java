package io.factordesk.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The archived contract's description, written the same way twice as PDF/A requires: the Info dictionary
 * and the XMP packet (PDF/A-2b identification, title, author, subject, creator, producer) with both dates
 * set to the approval time in China Standard Time, so regenerating the set never changes them.
 */
final class ArchiveMetadata {

    static final String PRODUCER = "FactorDesk contracts (JasperReports, PDFBox)";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter XMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** Written by hand: fixed layout, nothing random, the PDF/A identification first. */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
               <pdfaid:part>2</pdfaid:part>
               <pdfaid:conformance>B</pdfaid:conformance>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
               <xmp:CreateDate>%s</xmp:CreateDate>
               <xmp:ModifyDate>%s</xmp:ModifyDate>
               <xmp:MetadataDate>%s</xmp:MetadataDate>
               <xmp:CreatorTool>%s</xmp:CreatorTool>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
               <pdf:Producer>%s</pdf:Producer>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>""";

    private ArchiveMetadata() {
    }

    static void describe(PDDocument document, PdfArchive.Description d) throws IOException {
        Calendar time = GregorianCalendar.from(d.time().atZone(CHINA));
        time.setTimeZone(TimeZone.getTimeZone(CHINA));
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(d.title());
        info.setAuthor(d.author());
        info.setSubject(d.subject());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(time);
        info.setModificationDate(time);
        document.setDocumentInformation(info);

        String xmpTime = XMP_TIME.format(d.time().atZone(CHINA));
        String xmp = XMP.formatted(xml(d.title()), xml(d.author()), xml(d.subject()), xmpTime, xmpTime, xmpTime,
                xml(PRODUCER), xml(PRODUCER));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(d.language());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
