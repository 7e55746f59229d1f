package jp.tsunagu.registrant;

import java.util.List;

/** Something the import flagged about a person, as a bundle key and its arguments. */
public record Flag(String key, List<String> args) {
    public Flag {
        args = List.copyOf(args);
    }

    public static Flag of(String key, String... args) {
        return new Flag(key, List.of(args));
    }
}
