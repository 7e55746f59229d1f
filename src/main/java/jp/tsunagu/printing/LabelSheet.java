package jp.tsunagu.printing;

import java.util.List;

/**
 * A sheet of labels as the label maker prints it: paper, grid, label size, margins and gaps, all in millimetres. A new
 * label stock is a new constant here, not new code.
 */
public record LabelSheet(
        String name,
        PaperSize paper,
        int columns,
        int rows,
        double labelWidthMm,
        double labelHeightMm,
        double topMarginMm,
        double leftMarginMm,
        double columnGapMm,
        double rowGapMm) {

    /**
     * The common Japanese business-card label sheet: A4, ten 91 x 55 mm labels in 2 columns and 5 rows, margins 11 mm
     * at top and bottom and 14 mm left and right, no gaps between the labels.
     */
    public static final LabelSheet A4_10UP_91x55 =
            new LabelSheet("A4-10-91x55", PaperSize.A4, 2, 5, 91, 55, 11, 14, 0, 0);

    /** A4 with 12 labels of 86.4 x 42.3 mm (2 x 6), as for name badges held in card cases. */
    public static final LabelSheet A4_12UP_86x42 =
            new LabelSheet("A4-12-86x42", PaperSize.A4, 2, 6, 86.4, 42.3, 21.5, 18.6, 0, 0);

    public static final List<LabelSheet> KNOWN = List.of(A4_10UP_91x55, A4_12UP_86x42);

    public LabelSheet {
        if (columns < 1 || rows < 1 || labelWidthMm <= 0 || labelHeightMm <= 0) {
            throw new IllegalArgumentException("a label sheet needs labels: " + name);
        }
        double usedWidth = leftMarginMm + columns * labelWidthMm + (columns - 1) * columnGapMm;
        double usedHeight = topMarginMm + rows * labelHeightMm + (rows - 1) * rowGapMm;
        if (usedWidth > paper.widthMm() + 0.01 || usedHeight > paper.heightMm() + 0.01) {
            throw new IllegalArgumentException("labels do not fit on " + paper.name() + ": " + name);
        }
    }

    public int labelsPerSheet() {
        return columns * rows;
    }

    /** Label {@code index} (0-based) of a sheet, counted as label makers number them: left to right, top to bottom. */
    public Box label(int index) {
        if (index < 0 || index >= labelsPerSheet()) {
            throw new IndexOutOfBoundsException(index);
        }
        int column = index % columns;
        int row = index / columns;
        return new Box(
                leftMarginMm + column * (labelWidthMm + columnGapMm),
                topMarginMm + row * (labelHeightMm + rowGapMm),
                labelWidthMm,
                labelHeightMm);
    }

    public static LabelSheet named(String name) {
        return KNOWN.stream()
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown label sheet: " + name));
    }
}
