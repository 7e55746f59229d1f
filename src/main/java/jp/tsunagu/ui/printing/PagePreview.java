package jp.tsunagu.ui.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages of a PDF as pictures, for the preview, from page {@code firstPage} (0-based) on; rendered
 * with PDFBox off the UI thread.
 */
public record PagePreview(List<BufferedImage> pages, int pageCount, int firstPage) {
    public PagePreview {
        pages = List.copyOf(pages);
    }

    public static final PagePreview NONE = new PagePreview(List.of(), 0, 0);

    /** Renders up to {@code maxPages} pages at {@code dpi}. */
    public static PagePreview of(byte[] pdf, int maxPages, float dpi) {
        return of(pdf, 0, maxPages, dpi);
    }

    /** Renders up to {@code maxPages} pages from page {@code first} (0-based, kept within the document) at {@code dpi}. */
    public static PagePreview of(byte[] pdf, int first, int maxPages, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            int count = document.getNumberOfPages();
            int from = Math.max(0, Math.min(first, count - 1));
            for (int i = from; i < Math.min(from + maxPages, count); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return new PagePreview(images, count, from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
