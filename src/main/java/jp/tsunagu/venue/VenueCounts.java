package jp.tsunagu.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tsunagu.registrant.Attendance;

/**
 * The counts the desk always shows: checked in / expected / absent in total and per table.
 *
 * @param tables one line per table that has anybody seated, by number
 */
public record VenueCounts(int checkedIn, int expected, int absent, int walkIns, List<TableCount> tables) {
    /** One table's participants by attendance. */
    public record TableCount(int table, int checkedIn, int expected) {
        public int seated() {
            return checkedIn + expected;
        }
    }

    public VenueCounts {
        tables = List.copyOf(tables);
    }

    public static VenueCounts of(List<VenuePerson> people, List<Integer> tableNumbers) {
        int checkedIn = 0;
        int expected = 0;
        int absent = 0;
        int walkIns = 0;
        Map<Integer, int[]> byTable = new TreeMap<>();
        tableNumbers.forEach(n -> byTable.put(n, new int[2]));
        for (VenuePerson p : people) {
            switch (p.attendance()) {
                case CHECKED_IN -> checkedIn++;
                case EXPECTED -> expected++;
                case ABSENT -> absent++;
            }
            walkIns += p.walkIn() ? 1 : 0;
            if (p.table() != null && p.attendance() != Attendance.ABSENT) {
                byTable.computeIfAbsent(p.table(), t -> new int[2])[p.attendance() == Attendance.CHECKED_IN ? 0 : 1]++;
            }
        }
        List<TableCount> tables = new ArrayList<>();
        byTable.forEach((table, n) -> tables.add(new TableCount(table, n[0], n[1])));
        return new VenueCounts(checkedIn, expected, absent, walkIns, tables);
    }

    public int participants() {
        return checkedIn + expected + absent;
    }
}
