package jp.tsunagu.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The printed documents' drawing kit for documents made outside this package (the follow-up report):
 * pages in millimetres from the top-left corner, text in the bundled BIZ UDPGothic, and vector
 * graphics ({@link Graphics2D}) whose text is the same embedded font, for charts. The same
 * {@link PageCanvas}, {@link PdfPages}, {@link PrintFonts} and line breaking as the name cards.
 */
public final class PdfDrawing implements AutoCloseable {
    /** Where a line of text stands against its x. */
    public enum Align {
        LEFT(PageCanvas.Align.LEFT),
        CENTRE(PageCanvas.Align.CENTRE),
        RIGHT(PageCanvas.Align.RIGHT);

        private final PageCanvas.Align canvas;

        Align(PageCanvas.Align canvas) {
            this.canvas = canvas;
        }
    }

    public static final Color INK = PageCanvas.INK;
    public static final Color GREY = PageCanvas.GREY;
    public static final Color RULE = PageCanvas.RULE;
    public static final Color PALE = PageCanvas.PALE;

    /** The line height as a multiple of the text size, as the worksheets use. */
    public static final double LEADING = 1.35;

    private final PdfPages pages;
    private final PaperSize paper;
    private final PrintFonts fonts = PrintFonts.get();
    private PageCanvas canvas;
    private PdfContentByte content;

    public PdfDrawing(OutputStream out, PaperSize paper, String title) {
        this.pages = new PdfPages(out, paper, title);
        this.paper = paper;
    }

    public PaperSize paper() {
        return paper;
    }

    /** Starts a new page; drawing goes there. */
    public void newPage() {
        canvas = pages.newPage(paper);
        content = pages.content();
    }

    public int pages() {
        return pages.pages();
    }

    private BaseFont font(boolean bold) {
        return bold ? fonts.bold() : fonts.regular();
    }

    /** One line of text with its baseline at {@code baselineY}. */
    public void text(String s, boolean bold, float size, double x, double baselineY, Align align, Color colour) {
        canvas.text(s, font(bold), size, x, baselineY, align.canvas, colour);
    }

    /** One line shrunk (never cut) to fit the box, centred vertically in it. */
    public void fitLine(String s, boolean bold, float maxSize, Box box, Align align, Color colour) {
        canvas.fitLine(s, font(bold), maxSize, box, align.canvas, colour);
    }

    public double widthMm(String s, boolean bold, float size) {
        return TextFit.widthMm(font(bold), s, size);
    }

    /** The lines {@code s} breaks into at this size and width (at 、。 and between Japanese characters). */
    public List<String> lines(String s, boolean bold, float size, double widthMm) {
        return new LineBreaker(font(bold), s).lines(size, widthMm);
    }

    /** The height of {@code lines} lines at this size, from the top of the first to the bottom of the last. */
    public static double heightMm(int lines, float size) {
        return TextFit.heightMm(lines, size, LEADING);
    }

    /** Draws lines top-down from {@code top}; returns the height they took. */
    public double drawLines(List<String> lines, boolean bold, float size, double x, double top, Color colour) {
        double first = top + size * TextFit.ASCENT * TextFit.MM_PER_PT;
        double step = size * LEADING * TextFit.MM_PER_PT;
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(lines.get(i), font(bold), size, x, first + i * step, PageCanvas.Align.LEFT, colour);
        }
        return heightMm(lines.size(), size);
    }

    public void fill(Box b, Color colour) {
        canvas.fill(b, colour);
    }

    public void stroke(Box b, Color colour, double lineMm) {
        canvas.stroke(b, colour, lineMm);
    }

    public void line(double x1, double y1, double x2, double y2, Color colour, double lineMm) {
        canvas.line(x1, y1, x2, y2, colour, lineMm);
    }

    /**
     * Vector drawing in {@code area}: {@code painter} gets a Graphics2D measured in points from the
     * area's top-left corner ({@code area.width} mm = {@code pointsWide(area)} points). Its text is
     * written as PDF text in the bundled font, whatever AWT font it was given, so it stays text
     * (selectable, searchable) and Japanese renders on any machine.
     */
    public void draw(Box area, Consumer<Graphics2D> painter) {
        float w = PageCanvas.pt(area.width());
        float h = PageCanvas.pt(area.height());
        content.saveState();
        content.concatCTM(1, 0, 0, 1, PageCanvas.pt(area.x()), PageCanvas.pt(paper.heightMm() - area.bottom()));
        Graphics2D g = content.createGraphics(w, h, new BundledFontMapper(fonts));
        try {
            painter.accept(g);
        } finally {
            g.dispose();
            content.restoreState();
        }
    }

    public static float points(double mm) {
        return PageCanvas.pt(mm);
    }

    /**
     * The bundled font as an AWT font of this size, for whatever lays text out with AWT metrics
     * (a chart library), so that what it measures is what {@link #draw} writes.
     */
    public static Font awtFont(boolean bold, float size) {
        return AwtFonts.get(bold).deriveFont(size);
    }

    @Override
    public void close() {
        pages.close();
    }

    /** Every AWT font a painter uses is written with the bundled regular or bold font. */
    private record BundledFontMapper(PrintFonts fonts) implements FontMapper {
        @Override
        public BaseFont awtToPdf(Font font) {
            return font.isBold() ? fonts.bold() : fonts.regular();
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return AwtFonts.get(font == fonts.bold()).deriveFont((float) size);
        }
    }

    /** The bundled TrueType files as AWT fonts, read once per process. */
    private static final class AwtFonts {
        private static final Font REGULAR = load("BIZUDPGothic_400Regular.ttf");
        private static final Font BOLD = load("BIZUDPGothic_700Bold.ttf");

        static Font get(boolean bold) {
            return bold ? BOLD : REGULAR;
        }

        private static Font load(String file) {
            try (InputStream in = PdfDrawing.class.getResourceAsStream("/jp/tsunagu/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + file);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
