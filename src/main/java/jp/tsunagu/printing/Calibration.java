package jp.tsunagu.printing;

/**
 * The correction for one printer, found with the calibration sheet: how far to move everything (mm, positive = right /
 * down) and how much to stretch it (percent, 100 = true size). A printer that prints 2 mm too far right needs an X
 * offset of -2; one that prints a 100 mm line 99 mm long needs a scale of about 101 %. Every card position is scaled
 * and moved, so the cards land on the labels.
 */
public record Calibration(double offsetXMm, double offsetYMm, double scaleXPercent, double scaleYPercent) {
    public static final Calibration NONE = new Calibration(0, 0, 100, 100);

    public static final double MAX_OFFSET_MM = 20;
    public static final double MIN_SCALE_PERCENT = 90;
    public static final double MAX_SCALE_PERCENT = 110;

    public Calibration {
        if (Math.abs(offsetXMm) > MAX_OFFSET_MM || Math.abs(offsetYMm) > MAX_OFFSET_MM) {
            throw new IllegalArgumentException("offset beyond " + MAX_OFFSET_MM + " mm");
        }
        if (!inScale(scaleXPercent) || !inScale(scaleYPercent)) {
            throw new IllegalArgumentException("scale outside " + MIN_SCALE_PERCENT + ".." + MAX_SCALE_PERCENT + " %");
        }
    }

    private static boolean inScale(double percent) {
        return percent >= MIN_SCALE_PERCENT && percent <= MAX_SCALE_PERCENT;
    }

    public double scaleX() {
        return scaleXPercent / 100;
    }

    public double scaleY() {
        return scaleYPercent / 100;
    }

    /** Where a box of the page must be drawn so that the printer puts it where it belongs. */
    public Box apply(Box box) {
        return new Box(
                box.x() * scaleX() + offsetXMm,
                box.y() * scaleY() + offsetYMm,
                box.width() * scaleX(),
                box.height() * scaleY());
    }
}
