package jp.tsunagu.venue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.seating.SeatingTable;

/**
 * Seats per table at the venue: the capacity the user set, else the automatic share plus one,
 * ceil((N - S) / A) + 1 (N participants not absent, S the seats set on other tables, A the automatic
 * tables). The one spare seat means a single walk-in never forces anybody to move.
 */
public final class VenueCapacity {
    private VenueCapacity() {}

    /** Capacity by table number. */
    public static Map<Integer, Integer> of(List<SeatingTable> tables, int notAbsent) {
        int set = 0;
        int automatic = 0;
        for (SeatingTable table : tables) {
            if (table.capacity() == null) {
                automatic++;
            } else {
                set += table.capacity();
            }
        }
        int share = automatic == 0 ? 0 : (Math.max(0, notAbsent - set) + automatic - 1) / automatic + 1;
        Map<Integer, Integer> capacity = new LinkedHashMap<>();
        for (SeatingTable table : tables) {
            capacity.put(table.number(), table.capacity() != null ? table.capacity() : share);
        }
        return capacity;
    }

    /** The same tables with their venue capacity set, for the solver. */
    public static List<SeatingTable> applied(List<SeatingTable> tables, int notAbsent) {
        Map<Integer, Integer> capacity = of(tables, notAbsent);
        return tables.stream()
                .map(t -> new SeatingTable(t.number(), t.theme(), capacity.get(t.number())))
                .toList();
    }
}
