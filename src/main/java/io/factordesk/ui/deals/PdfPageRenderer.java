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

    /** @param scale 1 renders at {@link #PREVIEW_DPI}; a zoomed-in preview asks for more pixels */
    public BufferedImage render(byte[] pdf, int pageIndex, double scale) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, (float) (PREVIEW_DPI * scale),
                    ImageType.RGB);
        }
    }
}
