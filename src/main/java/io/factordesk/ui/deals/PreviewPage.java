package io.factordesk.ui.deals;

import java.awt.image.BufferedImage;

/** A rendered page and the scale it was rendered at (1 = 100 dpi), so the view can size it for the zoom. */
public record PreviewPage(int index, BufferedImage image, double scale) {

    /** The page's width in pixels at 100 dpi, whatever resolution it was rendered at. */
    public double baseWidth() {
        return image.getWidth() / scale;
    }
}
