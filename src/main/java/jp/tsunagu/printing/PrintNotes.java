package jp.tsunagu.printing;

import java.util.List;

/**
 * What printing says before it prints: people with no seat yet and possible duplicates (for cards and tents), and
 * texts with characters no bundled font can draw (for every document), so that nothing is printed wrong unnoticed.
 */
public record PrintNotes(List<String> unseated, List<String> possibleDuplicates, List<Missing> missingCharacters) {
    public PrintNotes {
        unseated = List.copyOf(unseated);
        possibleDuplicates = List.copyOf(possibleDuplicates);
        missingCharacters = List.copyOf(missingCharacters);
    }

    /** A text and the characters of it that no bundled font has. */
    public record Missing(String text, String characters) {}

    public boolean isEmpty() {
        return unseated.isEmpty() && possibleDuplicates.isEmpty() && missingCharacters.isEmpty();
    }
}
