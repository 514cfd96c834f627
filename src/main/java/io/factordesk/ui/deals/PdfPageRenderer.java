package io.factordesk.ui.deals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one page of a PDF to an image with PDFBox; called off the FX thread. */
public final class PdfPageRenderer {

    public static final float PREVIEW_DPI = 100f;

    public BufferedImage render(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, PREVIEW_DPI, ImageType.RGB);
        }
    }
}
