package jp.tsunagu.seating;

import java.util.Optional;
import java.util.Set;
import jp.tsunagu.text.Nfkc;
import jp.tsunagu.text.Organisations;

/** What counts as the same industry and the same organisation for the seating (seating-objective.md). */
public final class SeatingCategories {
    private static final Set<String> NO_INDUSTRY = Set.of("", "その他");

    private SeatingCategories() {}

    /** The industry as a category, or empty when it is none (empty or その他). */
    public static Optional<String> industry(String industry) {
        String normal = normal(industry);
        return NO_INDUSTRY.contains(normal) ? Optional.empty() : Optional.of(normal);
    }

    /** The organisation key as given, or empty when it means no organisation. */
    public static Optional<String> organisation(String organisationKey) {
        String normal = normal(organisationKey).replace(" ", "");
        return Organisations.isNone(normal) ? Optional.empty() : Optional.of(normal);
    }

    private static String normal(String text) {
        return Nfkc.stripped(text);
    }
}
