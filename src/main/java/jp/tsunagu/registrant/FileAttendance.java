package jp.tsunagu.registrant;

import java.util.Set;

/**
 * Where the import puts the attendance a registration file's column gives (出欠: coming or not): the
 * venue day owns attendance, so the import only asks it (registrant never writes another
 * capability's columns). Runs inside the import's transaction.
 */
public interface FileAttendance {
    /** The event's people whose attendance the venue's desk decided: checked in, or marked absent there. */
    Set<Long> decidedAtDesk(long eventId);

    /**
     * Sets a person's attendance as a file says it ({@link Attendance#EXPECTED} or {@link Attendance#ABSENT}),
     * unless the desk decided it; an absent person's seat is freed, as at the desk.
     *
     * @return the attendance before, to put back when the import is undone
     */
    Attendance fromFile(long eventId, long personId, Attendance wanted);
}
