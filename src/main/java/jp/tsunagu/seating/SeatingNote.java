package jp.tsunagu.seating;

import java.util.List;

/**
 * A sentence for the user as a bundle key (in {@code seating.properties}) and its arguments, so
 * that the window and the command line can say it in the user's language.
 */
public record SeatingNote(String key, List<Object> args) {
    public SeatingNote {
        args = List.copyOf(args);
    }

    public static SeatingNote of(String key, Object... args) {
        return new SeatingNote(key, List.of(args));
    }
}
