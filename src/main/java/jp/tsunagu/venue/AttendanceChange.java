package jp.tsunagu.venue;

import jp.tsunagu.registrant.Attendance;

/**
 * One change of attendance made at the desk, kept so that it can be taken back whole.
 *
 * @param placedTable the table the change seated the person at, or null
 * @param freedTable the table the change took the person's seat from, or null
 * @param freedLocked whether that freed seat was locked
 */
record AttendanceChange(
        long id,
        long personId,
        Attendance before,
        Attendance after,
        Integer placedTable,
        Integer freedTable,
        boolean freedLocked,
        String checkedInAtBefore) {}
