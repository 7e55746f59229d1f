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

    Color color() {
        return new Color(red, green, blue);
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
        return luminance() > 0.45 ? new Color(0x22, 0x22, 0x22) : Color.WHITE;
    }

    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
