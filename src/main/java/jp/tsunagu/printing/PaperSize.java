package jp.tsunagu.printing;

/** A sheet of paper in millimetres, as it lies on the printer's output (width across, height down). */
public record PaperSize(String name, double widthMm, double heightMm) {
    public static final PaperSize A4 = new PaperSize("A4", 210, 297);
    public static final PaperSize A3 = new PaperSize("A3", 297, 420);

    public PaperSize {
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("paper must have a size: " + widthMm + " x " + heightMm);
        }
    }

    public PaperSize landscape() {
        return widthMm >= heightMm ? this : new PaperSize(name, heightMm, widthMm);
    }

    public PaperSize portrait() {
        return widthMm <= heightMm ? this : new PaperSize(name, heightMm, widthMm);
    }

    public boolean isLandscape() {
        return widthMm > heightMm;
    }

    public Box whole() {
        return new Box(0, 0, widthMm, heightMm);
    }
}
