package io.factordesk.contracts;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The one entry point of the contracts package: a contract set in, one archivable PDF out (PDF/A-2b,
 * fonts embedded, byte-identical for the same input). Thread-safe; build it once, the templates are
 * loaded in the constructor. Rendering is slow work: call it off the FX thread.
 */
public final class ContractRenderer {

    private final ContractDocuments documents;
    private final Path iccProfile;

    public ContractRenderer() {
        this.documents = new ContractDocuments(ContractTemplates.load());
        this.iccProfile = srgbProfile();
    }

    public RenderedContract render(ContractSet set) {
        try {
            List<JasperPrint> prints = documents.fill(set);
            ContractWording w = new ContractWording(set.language());
            String title = w.text("doc.agreement.title") + " " + set.contractNo();
            byte[] exported = export(prints, set, title);
            return PdfArchive.finish(exported, new PdfArchive.Description(title, set.factor().name(),
                    set.supplier().name() + " / " + set.factor().name(), set.language().languageTag(), set.approvalTime()));
        } catch (JRException e) {
            throw new ContractRenderingException("contract " + set.contractNo() + " could not be rendered", e);
        } catch (IOException e) {
            throw new ContractRenderingException("contract " + set.contractNo() + " could not be archived", e);
        }
    }

    private byte[] export(List<JasperPrint> prints, ContractSet set, String title) throws JRException {
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        config.setIccProfilePath(iccProfile.toString());
        // Untagged: PDF/A-2b (level B) does not need a structure tree, and JasperReports' tags (one per table
        // cell) made a 5,000-receivable set 70% slower to write and 70% larger, mostly re-parsing them in PDFBox.
        config.setTagged(false);
        config.setMetadataTitle(title);
        config.setMetadataAuthor(set.factor().name());
        config.setDisplayMetadataTitle(true);
        config.setCreatingBatchModeBookmarks(true);
        SimplePdfReportConfiguration layout = new SimplePdfReportConfiguration();
        // break lines where the fill measured them (Java's line rules: no line starts with "，" or "）");
        // OpenPDF alone breaks between any two CJK characters, punctuation included
        layout.setForceLineBreakPolicy(true);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(config);
        exporter.setConfiguration(layout);
        exporter.exportReport();
        return out.toByteArray();
    }

    /** The JDK's own sRGB profile as the PDF/A output intent: no extra file to ship or license. */
    private static Path srgbProfile() {
        try {
            Path file = Files.createTempFile("factordesk-srgb", ".icc");
            file.toFile().deleteOnExit();
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sRGB profile for PDF/A", e);
        }
    }
}
