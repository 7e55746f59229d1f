package jp.tsunagu.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A written PDF read back with PDFBox: its pages, its text and where each character landed, in millimetres. */
public final class PdfReadBack {
    /** One character on a page: its left edge and baseline from the page's top-left corner, and its advance. */
    record Glyph(
            String text, double xMm, double baselineMm, double widthMm, double sizePt, String font, double aspect) {
        double rightMm() {
            return xMm + widthMm;
        }

        /** The top of the em box (Japanese glyphs fill nearly all of it). */
        double topMm() {
            return baselineMm - sizePt * TextFit.ASCENT * TextFit.MM_PER_PT;
        }
    }

    private final byte[] bytes;

    private PdfReadBack(byte[] bytes) {
        this.bytes = bytes;
    }

    public static PdfReadBack of(Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return new PdfReadBack(out.toByteArray());
    }

    public byte[] bytes() {
        return bytes;
    }

    public int pages() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page sizes in millimetres, rounded to whole millimetres: [width, height]. */
    long[] pageSizeMm(int page) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDPage p = doc.getPage(page);
            return new long[] {
                Math.round(p.getMediaBox().getWidth() / 72 * 25.4),
                Math.round(p.getMediaBox().getHeight() / 72 * 25.4)
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (0-based) as PDFBox reads it. */
    public String text(int page) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String allText() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every character of one page (0-based) in the order it was drawn. */
    List<Glyph> glyphs(int page) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    double mm = 25.4 / 72;
                    glyphs.add(new Glyph(
                            t.getUnicode(),
                            t.getXDirAdj() * mm,
                            t.getYDirAdj() * mm,
                            t.getWidthDirAdj() * mm,
                            t.getFontSizeInPt(),
                            t.getFont() == null ? "" : t.getFont().getName(),
                            t.getYScale() == 0 ? 1 : t.getXScale() / t.getYScale()));
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** The base names of all fonts used on any page, with their subset prefix (ABCDEF+...). */
    public Set<String> fontNames() {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The viewer preference for print scaling ("None" asks for actual size), or null when not set. */
    String printScaling() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var prefs = doc.getDocumentCatalog().getViewerPreferences();
            return prefs == null ? null : prefs.getPrintScaling();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
