package jp.tsunagu.printing;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.Barcode128;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Drawing on a PDF page in millimetres from the top-left corner, as paper is measured. A canvas can also stand for a
 * part of the page (a label, the far half of a table tent) with its own origin, scale or rotation; close such a part
 * to return to the page.
 */
final class PageCanvas implements AutoCloseable {
    enum Align {
        LEFT(Element.ALIGN_LEFT),
        CENTRE(Element.ALIGN_CENTER),
        RIGHT(Element.ALIGN_RIGHT);

        final int pdf;

        Align(int pdf) {
            this.pdf = pdf;
        }
    }

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x6B, 0x6F, 0x76);
    static final Color RULE = new Color(0xB8, 0xBC, 0xC2);
    static final Color PALE = new Color(0xF3, 0xF4, 0xF6);

    private final PdfContentByte cb;
    private final double heightMm;
    private final boolean nested;

    PageCanvas(PdfContentByte cb, double heightMm) {
        this(cb, heightMm, false);
    }

    private PageCanvas(PdfContentByte cb, double heightMm, boolean nested) {
        this.cb = cb;
        this.heightMm = heightMm;
        this.nested = nested;
    }

    static float pt(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    private float px(double xMm) {
        return pt(xMm);
    }

    private float py(double yMm) {
        return pt(heightMm - yMm);
    }

    /**
     * A part of this canvas, drawn in its own millimetres from (0,0) at {@code target}'s top-left corner and stretched
     * by {@code scaleX}, {@code scaleY}: a label of {@code target.width / scaleX} local millimetres fills the target.
     */
    PageCanvas part(Box target, double scaleX, double scaleY) {
        double localHeight = target.height() / scaleY;
        cb.saveState();
        cb.concatCTM((float) scaleX, 0, 0, (float) scaleY, px(target.x()), (float)
                (py(target.y()) - scaleY * pt(localHeight)));
        return new PageCanvas(cb, localHeight, true);
    }

    /** This canvas turned upside down about the centre of {@code around} (the far side of a folded tent). */
    PageCanvas turned(Box around) {
        cb.saveState();
        cb.concatCTM(-1, 0, 0, -1, 2 * px(around.centreX()), 2 * py(around.centreY()));
        return new PageCanvas(cb, heightMm, true);
    }

    @Override
    public void close() {
        if (nested) {
            cb.restoreState();
        }
    }

    /**
     * A Code 128 barcode of {@code code} (bars only), as wide as fits {@code box} with bars at least {@code minModuleMm}
     * wide, and as tall as the box, drawn from its left edge. Returns its width in millimetres.
     */
    double barcode128(String code, Box box, double minModuleMm, Color colour) {
        Barcode128 barcode = new Barcode128();
        barcode.setFont(null);
        barcode.setCode(code);
        barcode.setX(1f);
        float modules = barcode.getBarcodeSize().getWidth();
        float module = Math.max(pt(minModuleMm), Math.min(pt(box.width()) / modules, pt(0.5)));
        barcode.setX(module);
        barcode.setBarHeight(pt(box.height()));
        cb.saveState();
        cb.concatCTM(1, 0, 0, 1, px(box.x()), py(box.bottom()));
        barcode.placeBarcode(cb, colour, colour);
        cb.restoreState();
        return barcode.getBarcodeSize().getWidth() * 25.4 / 72;
    }

    void fill(Box b, Color colour) {
        cb.setColorFill(colour);
        cb.rectangle(px(b.x()), py(b.bottom()), pt(b.width()), pt(b.height()));
        cb.fill();
    }

    void fillRound(Box b, double radiusMm, Color colour) {
        cb.setColorFill(colour);
        cb.roundRectangle(px(b.x()), py(b.bottom()), pt(b.width()), pt(b.height()), pt(radiusMm));
        cb.fill();
    }

    void stroke(Box b, Color colour, double lineMm) {
        cb.setColorStroke(colour);
        cb.setLineWidth(pt(lineMm));
        cb.rectangle(px(b.x()), py(b.bottom()), pt(b.width()), pt(b.height()));
        cb.stroke();
    }

    void strokeRound(Box b, double radiusMm, Color colour, double lineMm) {
        cb.setColorStroke(colour);
        cb.setLineWidth(pt(lineMm));
        cb.roundRectangle(px(b.x()), py(b.bottom()), pt(b.width()), pt(b.height()), pt(radiusMm));
        cb.stroke();
    }

    void line(double x1, double y1, double x2, double y2, Color colour, double lineMm) {
        cb.setColorStroke(colour);
        cb.setLineWidth(pt(lineMm));
        cb.moveTo(px(x1), py(y1));
        cb.lineTo(px(x2), py(y2));
        cb.stroke();
    }

    void dashedLine(double x1, double y1, double x2, double y2, Color colour, double lineMm, double dashMm) {
        cb.saveState();
        cb.setLineDash(pt(dashMm), pt(dashMm), 0);
        line(x1, y1, x2, y2, colour, lineMm);
        cb.restoreState();
    }

    void dashedOutline(Box b, java.awt.Color colour, double lineMm, double dashMm) {
        cb.saveState();
        cb.setLineDash(pt(dashMm), pt(dashMm), 0);
        stroke(b, colour, lineMm);
        cb.restoreState();
    }

    void fillCircle(double cx, double cy, double radiusMm, Color colour) {
        cb.setColorFill(colour);
        cb.circle(px(cx), py(cy), pt(radiusMm));
        cb.fill();
    }

    /** One line of text with its baseline at {@code baselineY}. */
    void text(String s, BaseFont font, float size, double x, double baselineY, Align align, Color colour) {
        if (s.isEmpty()) {
            return;
        }
        List<PrintFonts.Run> runs = PrintFonts.get().runs(font, s);
        if (runs.size() == 1) {
            cb.beginText();
            cb.setFontAndSize(runs.getFirst().font(), size);
            cb.setColorFill(colour);
            cb.showTextAligned(align.pdf, s, px(x), py(baselineY), 0);
            cb.endText();
            return;
        }
        // Characters the font lacks come from the fallback font: drawn run by run from the left edge of the whole.
        double width = TextFit.widthMm(font, s, size);
        double left =
                switch (align) {
                    case LEFT -> x;
                    case CENTRE -> x - width / 2;
                    case RIGHT -> x - width;
                };
        for (PrintFonts.Run run : runs) {
            cb.beginText();
            cb.setFontAndSize(run.font(), size);
            cb.setColorFill(colour);
            cb.showTextAligned(PdfContentByte.ALIGN_LEFT, run.text(), px(left), py(baselineY), 0);
            cb.endText();
            left += run.font().getWidthPoint(run.text(), size) * TextFit.MM_PER_PT;
        }
    }

    /** One line shrunk (never cut) to fit the box, centred vertically. Returns the size used. */
    float fitLine(String s, BaseFont font, float maxSize, Box box, Align align, Color colour) {
        float size = TextFit.oneLine(font, s, maxSize, box);
        text(s, font, size, alignX(box, align), baseline(box.centreY(), size), align, colour);
        return size;
    }

    /** One line shrunk down to {@code minSize}; below that it is shortened with an ellipsis rather than unreadable. */
    void fitLineOrShorten(String s, BaseFont font, float maxSize, float minSize, Box box, Align align, Color colour) {
        wrap(s, font, maxSize, minSize, 1, box, align, colour, 1, true);
    }

    /** Text wrapped into the box, shrinking between the two sizes; top-aligned. Returns what was drawn. */
    TextFit.Lines wrap(String s, BaseFont font, float maxSize, float minSize, Box box, Align align, Color colour) {
        return wrap(s, font, maxSize, minSize, 1.35, box, align, colour, 0, false);
    }

    TextFit.Lines wrap(
            String s,
            BaseFont font,
            float maxSize,
            float minSize,
            double leading,
            Box box,
            Align align,
            Color colour,
            int maxLines,
            boolean centreVertically) {
        TextFit.Lines lines = TextFit.wrap(font, s, maxSize, minSize, leading, box, maxLines);
        drawLines(lines, font, box, align, colour, centreVertically);
        return lines;
    }

    /** A person's name, wrapped at a space or 「・」 before it shrinks ({@link TextFit#name}), centred vertically. */
    TextFit.Lines name(String s, BaseFont font, float maxSize, float minSize, Box box, Align align, Color colour) {
        TextFit.Lines lines = TextFit.name(font, s, maxSize, minSize, 1.08, box, 0);
        drawLines(lines, font, box, align, colour, true);
        return lines;
    }

    void drawLines(TextFit.Lines lines, BaseFont font, Box box, Align align, Color colour, boolean centreVertically) {
        double top = centreVertically ? box.centreY() - lines.heightMm() / 2 : box.y();
        double first = top + lines.size() * TextFit.ASCENT * TextFit.MM_PER_PT;
        for (int i = 0; i < lines.lines().size(); i++) {
            text(
                    lines.lines().get(i),
                    font,
                    lines.size(),
                    alignX(box, align),
                    first + i * lines.lineHeightMm(),
                    align,
                    colour);
        }
    }

    /** The baseline that centres a line of Japanese of this size on {@code centreY}. */
    static double baseline(double centreY, float size) {
        return centreY + (TextFit.ASCENT - TextFit.DESCENT) / 2 * size * TextFit.MM_PER_PT;
    }

    private static double alignX(Box box, Align align) {
        return switch (align) {
            case LEFT -> box.x();
            case CENTRE -> box.centreX();
            case RIGHT -> box.right();
        };
    }
}
