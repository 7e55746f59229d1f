package jp.tsunagu.printing;

import java.io.OutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import jp.tsunagu.printing.PageCanvas.Align;
import org.openpdf.text.pdf.BaseFont;

/**
 * One page to print and measure: lines 20 mm from the top and left edges and two 100 mm scales, printed without
 * correction, and the label outlines drawn with the current correction to check it on a label sheet.
 */
public final class CalibrationSheet {
    static final double EDGE_MARK_MM = 20;
    static final double RULER_MM = 100;
    private static final java.awt.Color LABEL_OUTLINE = new java.awt.Color(0x9C, 0xB8, 0xD9);

    private final PrintFonts fonts = PrintFonts.get();
    private final PrintText text;

    public CalibrationSheet(PrintText text) {
        this.text = text;
    }

    /** Writes the PDF; returns its number of pages. */
    public int write(LabelSheet sheet, Calibration calibration, OutputStream out) {
        PaperSize paper = sheet.paper();
        PdfPages pdf = new PdfPages(out, paper, text.get("print.doc.calibration"));
        try (pdf) {
            PageCanvas page = pdf.newPage(paper);
            drawEdgeMarks(page, paper);
            drawRulers(page);
            drawInstructions(page, sheet, calibration, paper);
            drawLabels(page, sheet, calibration); // last: nothing is drawn over the outlines
        }
        return pdf.pages();
    }

    private void drawLabels(PageCanvas page, LabelSheet sheet, Calibration calibration) {
        for (int i = 0; i < sheet.labelsPerSheet(); i++) {
            Box label = calibration.apply(sheet.label(i));
            page.dashedOutline(label, LABEL_OUTLINE, 0.25, 1.2);
            page.text(
                    String.valueOf(i + 1),
                    fonts.regular(),
                    9f,
                    label.x() + 2.5,
                    label.y() + 5.5,
                    Align.LEFT,
                    PageCanvas.RULE);
        }
    }

    /** Short lines exactly 20 mm from the left and top edges, each with an arrow to the edge it is measured from. */
    private void drawEdgeMarks(PageCanvas page, PaperSize paper) {
        BaseFont regular = fonts.regular();
        double m = EDGE_MARK_MM;
        page.line(m, 100, m, 125, PageCanvas.INK, 0.25);
        page.line(3, 112.5, m - 1, 112.5, PageCanvas.GREY, 0.15);
        page.text(text.get("print.calibration.edgeMark"), regular, 8f, m + 2, 114, Align.LEFT, PageCanvas.INK);
        page.line(150, m, 175, m, PageCanvas.INK, 0.25);
        page.line(162.5, 3, 162.5, m - 1, PageCanvas.GREY, 0.15);
        page.text(text.get("print.calibration.edgeMark"), regular, 8f, 164, m - 3, Align.LEFT, PageCanvas.INK);
    }

    /** A horizontal and a vertical 100 mm scale with millimetre ticks. */
    private void drawRulers(PageCanvas page) {
        double x0 = 60;
        double y0 = 160;
        double vx = 40;
        double vy = 170;
        for (int mm = 0; mm <= RULER_MM; mm++) {
            double tick = mm % 10 == 0 ? 5 : mm % 5 == 0 ? 3.5 : 2;
            page.line(x0 + mm, y0, x0 + mm, y0 - tick, PageCanvas.INK, 0.12);
            page.line(vx, vy + mm, vx + tick, vy + mm, PageCanvas.INK, 0.12);
        }
        page.line(x0, y0, x0 + RULER_MM, y0, PageCanvas.INK, 0.25);
        page.line(vx, vy, vx, vy + RULER_MM, PageCanvas.INK, 0.25);
        BaseFont bold = fonts.bold();
        page.text(
                text.get("print.calibration.ruler"), bold, 9f, x0 + RULER_MM / 2, y0 + 5, Align.CENTRE, PageCanvas.INK);
        page.text(
                text.get("print.calibration.ruler"),
                bold,
                9f,
                vx + 7,
                vy + RULER_MM / 2 + 1,
                Align.LEFT,
                PageCanvas.INK);
    }

    /**
     * The instructions go inside labels 1-4, clear of their outlines and numbers (and of the edge marks), so that the
     * outlines one checks against the label sheet are never covered.
     */
    private void drawInstructions(PageCanvas page, LabelSheet sheet, Calibration calibration, PaperSize paper) {
        BaseFont regular = fonts.regular();
        String[][] parts = {
            {text.get("print.calibration.intro")},
            {text.get("print.calibration.offsetX"), text.get("print.calibration.offsetY")},
            {text.get("print.calibration.scale")},
            {text.get("print.calibration.labels", sheet.name())},
        };
        for (int i = 0; i < parts.length && i < sheet.labelsPerSheet(); i++) {
            Box label = calibration.apply(sheet.label(i));
            double top = label.y() + 8;
            double bottom = label.bottom() - 3;
            if (i == 1) {
                top = Math.max(top, EDGE_MARK_MM + 4); // below the horizontal edge mark's label
            }
            if (i == 2) {
                bottom = Math.min(bottom, 98); // above the vertical edge mark
            }
            Box inside = new Box(label.x() + 4, top, label.width() - 8, Math.max(1, bottom - top));
            if (i == 0) {
                page.fitLine(
                        text.get("print.doc.calibration"),
                        fonts.bold(),
                        12f,
                        new Box(label.x() + 9, label.y() + 2, label.width() - 13, 6),
                        Align.LEFT,
                        PageCanvas.INK);
            }
            page.wrap(
                    String.join("\n", parts[i]), regular, 8.5f, 7f, 1.4, inside, Align.LEFT, PageCanvas.INK, 0, false);
        }
        DecimalFormat number = new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String current = text.get(
                "print.calibration.current",
                number.format(calibration.offsetXMm()),
                number.format(calibration.offsetYMm()),
                number.format(calibration.scaleXPercent()),
                number.format(calibration.scaleYPercent()));
        Box currentBox = new Box(60, 200, paper.widthMm() - 60 - 32, 10);
        page.fillRound(currentBox, 2, PageCanvas.PALE);
        page.fitLine(current, fonts.bold(), 10f, currentBox.inset(4, 2), Align.LEFT, PageCanvas.INK);
    }
}
