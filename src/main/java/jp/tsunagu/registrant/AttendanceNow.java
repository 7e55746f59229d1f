package jp.tsunagu.registrant;

import java.util.Map;
import java.util.Set;

/**
 * The attendance the store holds when an import is planned, and the people whose attendance the venue
 * day's desk decided (checked in, or marked absent there): a spreadsheet never undoes those
 * (decision 0035).
 *
 * @param now attendance by person id; a person missing is expected
 * @param decidedAtDesk the people the desk checked in or marked absent
 */
record AttendanceNow(Map<Long, Attendance> now, Set<Long> decidedAtDesk) {
    static final AttendanceNow NONE = new AttendanceNow(Map.of(), Set.of());

    Attendance of(long personId) {
        return now.getOrDefault(personId, Attendance.EXPECTED);
    }

    /** Whether the venue's word stands for this person, whatever a file says. */
    boolean kept(long personId) {
        return of(personId) == Attendance.CHECKED_IN || decidedAtDesk.contains(personId);
    }

    /** The attendance a file's answer sets for a stored person, or null when it changes nothing. */
    Attendance change(long personId, Attendance wanted) {
        if (wanted == null || kept(personId) || of(personId) == wanted) {
            return null;
        }
        return wanted;
    }
}
