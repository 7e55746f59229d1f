package jp.tsunagu.printing;

import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

/** A PDF being written page by page, each page drawn through a {@link PageCanvas}. */
final class PdfPages implements AutoCloseable {
    private final Document document;
    private final PdfWriter writer;
    private int pages;
    private PaperSize current;

    PdfPages(OutputStream out, PaperSize first, String title) {
        this.document = new Document(rectangle(first), 0, 0, 0, 0);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        // Labels and cards are measured to the millimetre: ask viewers to print at actual size, not "fit to page".
        writer.addViewerPreference(PdfName.PRINTSCALING, PdfName.NONE);
        document.addTitle(title);
        document.addCreator("Tsunagu");
        document.addCreationDate();
        document.open();
        this.current = first;
    }

    private static Rectangle rectangle(PaperSize size) {
        return new Rectangle(PageCanvas.pt(size.widthMm()), PageCanvas.pt(size.heightMm()));
    }

    /** Starts a page of this size and gives its canvas. The first page has the size given to the constructor. */
    PageCanvas newPage(PaperSize size) {
        if (pages == 0 && !size.equals(current)) {
            throw new IllegalStateException("the first page is " + current + ", not " + size);
        }
        if (pages > 0) {
            document.setPageSize(rectangle(size));
            document.newPage();
            current = size;
        }
        pages++;
        writer.setPageEmpty(false); // pages drawn only on the direct content still count
        return new PageCanvas(writer.getDirectContent(), size.heightMm());
    }

    /** The current page's drawing surface, for vector graphics ({@link PdfDrawing#draw}). */
    org.openpdf.text.pdf.PdfContentByte content() {
        return writer.getDirectContent();
    }

    int pages() {
        return pages;
    }

    @Override
    public void close() {
        if (pages == 0) {
            newPage(current); // a PDF must have a page; an empty sheet is the honest answer for nothing to print
        }
        document.close();
    }
}
