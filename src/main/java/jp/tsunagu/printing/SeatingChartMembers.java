package jp.tsunagu.printing;

import java.util.List;
import jp.tsunagu.printing.PageCanvas.Align;

/**
 * The member lists inside the tables of the seating chart: name and organisation per person, in one column, or two
 * when tables are full. One size for the whole page, the largest at which the fullest table fits (measured, not
 * counted), so that the tables look alike.
 */
final class SeatingChartMembers {
    private static final float MAX_SIZE = 11f;
    private static final float MIN_SIZE = 6f;
    private static final double COLUMN_GAP = 4;

    /** How every table on a page lists its members. */
    record Layout(int columns, float size) {
        double rowHeight() {
            return (size * 1.15 + size * 0.72 * 1.2) * TextFit.MM_PER_PT + 1.2;
        }

        int rowsPerColumn(Box area) {
            return Math.max(1, (int) Math.floor(area.height() / rowHeight()));
        }
    }

    static Layout layout(Box area, int mostMembers) {
        for (int columns = 1; columns <= 2; columns++) {
            for (float size = columns == 1 ? MAX_SIZE : MAX_SIZE - 1;
                    size >= (columns == 1 ? 8.5f : MIN_SIZE);
                    size -= 0.5f) {
                Layout layout = new Layout(columns, size);
                if ((long) layout.rowsPerColumn(area) * columns >= mostMembers) {
                    return layout;
                }
            }
        }
        return new Layout(2, MIN_SIZE);
    }

    private final PageCanvas page;
    private final PrintFonts fonts;

    SeatingChartMembers(PageCanvas page, PrintFonts fonts) {
        this.page = page;
        this.fonts = fonts;
    }

    /** Draws the members; returns how many did not fit (to be said in words). */
    int draw(Box area, List<PrintablePerson> members, Layout layout) {
        int rows = layout.rowsPerColumn(area);
        int fit = Math.min(members.size(), rows * layout.columns());
        double width = (area.width() - (layout.columns() - 1) * COLUMN_GAP) / layout.columns();
        double rh = layout.rowHeight();
        for (int i = 0; i < fit; i++) {
            Box cell = new Box(area.x() + (i / rows) * (width + COLUMN_GAP), area.y() + (i % rows) * rh, width, rh);
            drawMember(cell, members.get(i), layout.size());
        }
        return members.size() - fit;
    }

    private void drawMember(Box cell, PrintablePerson person, float size) {
        double nameHeight = size * 1.15 * TextFit.MM_PER_PT;
        page.fitLine(person.name(), fonts.bold(), size, cell.top(nameHeight), Align.LEFT, PageCanvas.INK);
        Box org = new Box(cell.x(), cell.y() + nameHeight, cell.width(), size * 0.72 * 1.2 * TextFit.MM_PER_PT);
        page.fitLineOrShorten(
                person.organisation(), fonts.regular(), size * 0.72f, 5.5f, org, Align.LEFT, PageCanvas.GREY);
    }
}
