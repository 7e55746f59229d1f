package jp.tsunagu.followup;

import jp.tsunagu.registrant.Attendance;

/**
 * A participant as the follow-up and its report see them: who, where they sat ({@code table} is a
 * table number, null when unseated), whether they came, and whether they agreed to be named
 * ({@code consent}). {@code firstChoice} is the theme number of their 1st choice, or null.
 */
public record ReportPerson(
        long id,
        long eventId,
        String name,
        String organisation,
        String industry,
        String category,
        boolean yeg,
        boolean consent,
        String email,
        boolean walkIn,
        Attendance attendance,
        Integer table,
        Integer firstChoice) {

    public boolean attended() {
        return attendance == Attendance.CHECKED_IN;
    }

    /** Registered before the day (walk-ins are not). */
    public boolean registered() {
        return !walkIn;
    }
}
