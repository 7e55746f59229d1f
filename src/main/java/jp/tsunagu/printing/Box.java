package jp.tsunagu.printing;

/** A rectangle in millimetres, measured from the top-left corner of the page (or of the card being drawn). */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box: " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public Box inset(double mm) {
        return inset(mm, mm);
    }

    public Box inset(double horizontalMm, double verticalMm) {
        return new Box(
                x + horizontalMm,
                y + verticalMm,
                Math.max(0, width - 2 * horizontalMm),
                Math.max(0, height - 2 * verticalMm));
    }

    /** The top {@code mm} of this box. */
    public Box top(double mm) {
        return new Box(x, y, width, Math.min(mm, height));
    }

    /** What is left below the top {@code mm} (and a gap). */
    public Box below(double mm, double gapMm) {
        double cut = Math.min(height, mm + gapMm);
        return new Box(x, y + cut, width, height - cut);
    }

    public Box bottom(double mm) {
        double h = Math.min(mm, height);
        return new Box(x, bottom() - h, width, h);
    }

    public Box left(double mm) {
        return new Box(x, y, Math.min(mm, width), height);
    }

    public Box right(double mm) {
        double w = Math.min(mm, width);
        return new Box(right() - w, y, w, height);
    }

    /** What is left right of the left {@code mm} (and a gap). */
    public Box rightOf(double mm, double gapMm) {
        double cut = Math.min(width, mm + gapMm);
        return new Box(x + cut, y, width - cut, height);
    }

    public boolean contains(Box other) {
        double e = 1e-6;
        return other.x >= x - e && other.y >= y - e && other.right() <= right() + e && other.bottom() <= bottom() + e;
    }
}
