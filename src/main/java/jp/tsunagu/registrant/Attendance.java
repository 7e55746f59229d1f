package jp.tsunagu.registrant;

import java.util.Locale;

/**
 * Whether a participant came (seating-objective.md, "At the venue"): every participant is
 * {@code EXPECTED} until checked in or marked absent. Stored in {@code person.attendance} by its
 * {@link #code()}; written only by the venue day's attendance book, read by everyone.
 */
public enum Attendance {
    EXPECTED("expected"),
    CHECKED_IN("checked_in"),
    ABSENT("absent");

    private final String code;

    Attendance(String code) {
        this.code = code;
    }

    /** The value in the store, the CLI's JSON and exports. */
    public String code() {
        return code;
    }

    public static Attendance of(String code) {
        for (Attendance attendance : values()) {
            if (attendance.code.equals(code)) {
                return attendance;
            }
        }
        throw new IllegalArgumentException("Unknown attendance " + code);
    }

    @Override
    public String toString() {
        return code.toUpperCase(Locale.ROOT);
    }
}
