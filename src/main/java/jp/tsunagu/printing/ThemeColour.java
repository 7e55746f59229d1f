package jp.tsunagu.printing;

import java.awt.Color;

/** A theme's colour (#RRGGBB) and the shades and text colour that go with it on paper. */
record ThemeColour(int red, int green, int blue) {
    static final ThemeColour NEUTRAL = new ThemeColour(0x8A, 0x8F, 0x98);

    static ThemeColour parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new ThemeColour((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** White text needs at least this contrast on the colour (WCAG AA for normal text). */
    static final double MIN_CONTRAST = 4.5;

    /**
     * The colour as printed under text: a light colour as it is (dark text goes on it), any other darkened in its own
     * hue just enough that white text on it reaches {@link #MIN_CONTRAST} (table 4's orange #D9822B alone gives 2.9:1).
     */
    Color color() {
        if (light()) {
            return new Color(red, green, blue);
        }
        return onWhite();
    }

    /** The colour darkened until it and white differ by {@link #MIN_CONTRAST}: for text in the colour on paper. */
    Color onWhite() {
        ThemeColour c = this;
        for (int i = 0; i < 100 && contrastWithWhite(c) < MIN_CONTRAST; i++) {
            c = new ThemeColour((int) (c.red * 0.97), (int) (c.green * 0.97), (int) (c.blue * 0.97));
        }
        return new Color(c.red, c.green, c.blue);
    }

    static double contrastWithWhite(ThemeColour c) {
        return 1.05 / (c.luminance() + 0.05);
    }

    /** The contrast ratio of two colours (WCAG). */
    static double contrast(Color a, Color b) {
        double la = of(a).luminance();
        double lb = of(b).luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static ThemeColour of(Color c) {
        return new ThemeColour(c.getRed(), c.getGreen(), c.getBlue());
    }

    private boolean light() {
        return luminance() > 0.45;
    }

    /** The colour mixed with white; {@code amount} 0 = the colour, 1 = white. For large light areas. */
    Color tint(double amount) {
        return new Color(mix(red, amount), mix(green, amount), mix(blue, amount));
    }

    private static int mix(int c, double amount) {
        return (int) Math.round(c + (255 - c) * amount);
    }

    /** Black or white, whichever reads better on this colour (relative luminance, WCAG). */
    Color textOn() {
        return light() ? new Color(0x22, 0x22, 0x22) : Color.WHITE;
    }

    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
