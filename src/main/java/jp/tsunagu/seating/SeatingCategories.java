package jp.tsunagu.seating;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;

/** What counts as the same industry and the same organisation for the seating (seating-objective.md). */
public final class SeatingCategories {
    private static final Set<String> NO_INDUSTRY = Set.of("", "その他");
    private static final Set<String> NO_ORGANISATION = Set.of("", "個人", "なし", "無所属", "-");

    private SeatingCategories() {}

    /** The industry as a category, or empty when it is none (empty or その他). */
    public static Optional<String> industry(String industry) {
        String normal = normal(industry);
        return NO_INDUSTRY.contains(normal) ? Optional.empty() : Optional.of(normal);
    }

    /** The organisation key as given, or empty when it means no organisation. */
    public static Optional<String> organisation(String organisationKey) {
        String normal = normal(organisationKey).replace(" ", "");
        return NO_ORGANISATION.contains(normal) ? Optional.empty() : Optional.of(normal);
    }

    private static String normal(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
