package jp.tsunagu.text;

import java.util.Set;

/**
 * What counts as belonging to no organisation (個人, なし, 無所属, a dash...): one list, so the
 * import's organisation key and the seating's "colleagues apart" rule never disagree.
 */
public final class Organisations {
    private static final Set<String> NONE =
            Set.of("", "個人", "なし", "無し", "無所属", "-", "ー", "—", "特になし", "なし。", "n/a", "none");

    private Organisations() {}

    /**
     * The organisation as it is stored and printed: 「なし」, 「無所属」 or a dash typed in the
     * organisation field is no organisation, kept as empty rather than printed on a name card.
     */
    public static String asStored(String organisation) {
        return isNone(organisation) ? "" : organisation;
    }

    /** True when {@code organisation} (as typed, or as a key) names no organisation. */
    public static boolean isNone(String organisation) {
        return NONE.contains(Nfkc.compact(organisation));
    }
}
