package jp.tsunagu.registrant;

/**
 * What the participant list shows: people whose name, reading, organisation or email contains
 * {@code query}, who chose {@code theme} (any rank), are in {@code category}, and, when asked,
 * only those with a warning or only possible duplicates.
 */
public record RegistrantFilter(
        String query, Integer theme, String category, boolean withWarnings, boolean possibleDuplicates) {

    public static final RegistrantFilter ALL = new RegistrantFilter("", null, "", false, false);

    public static RegistrantFilter search(String query) {
        return new RegistrantFilter(query, null, "", false, false);
    }
}
