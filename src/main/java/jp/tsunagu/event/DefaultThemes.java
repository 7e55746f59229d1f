package jp.tsunagu.event;

import java.util.List;

/**
 * The seven sub-themes of the Kakegawa event (掛川マッチング交流会), with which every new event
 * starts, and a palette of theme colours that stay apart on screen and in print.
 */
public final class DefaultThemes {
    /** The ■サブテーマ list of the Kakegawa event, in its order. */
    public static final List<String> KAKEGAWA = List.of(
            "空き家・跡地の新しい活用",
            "農産物・お茶の未来のかたち",
            "脱炭素・循環型社会をめざして",
            "食と循環の未来づくり",
            "子育て、教育からひろがる地域の未来",
            "医療・福祉の連携と支え合い",
            "デジタル・メタバースで広がる地域交流");

    // Dark enough for white text on a printed band, distinct for colour-blind readers in order.
    private static final List<String> PALETTE = List.of(
            "#C0504D", "#4E8A3E", "#2E75B6", "#D9822B", "#C2457A", "#6F5AA8", "#168F8A", "#8C6D3F", "#5B6770",
            "#9E3D5B");

    private DefaultThemes() {}

    /** The colour for the theme at {@code number} (1-based), cycling through the palette. */
    public static String colour(int number) {
        return PALETTE.get((number - 1) % PALETTE.size());
    }
}
