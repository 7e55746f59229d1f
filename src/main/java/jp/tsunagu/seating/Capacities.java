package jp.tsunagu.seating;

import java.util.List;
import java.util.Objects;

/**
 * The seats of tables left automatic (seating-objective.md): they share the participants the
 * hand-set tables do not seat, {@code ceil((P - S) / A)}, so setting one table's capacity never
 * strands people; with none set that is {@code ceil(P / T)}.
 */
public final class Capacities {
    private Capacities() {}

    /**
     * @param people participants to seat
     * @param capacities each table's capacity as set, null where automatic
     * @return the seats of each automatic table (0 when every table is set by hand, or the hand-set
     *     seats already hold everyone)
     */
    public static int automatic(int people, List<Integer> capacities) {
        long automatic = capacities.stream().filter(Objects::isNull).count();
        int setByHand = capacities.stream()
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
        if (automatic == 0 || people <= setByHand) {
            return 0;
        }
        return (int) ((people - setByHand + automatic - 1) / automatic);
    }

    /** Every seat at the tables: as set, or the automatic share. */
    public static int seats(int people, List<Integer> capacities) {
        int automatic = automatic(people, capacities);
        return capacities.stream().mapToInt(c -> c == null ? automatic : c).sum();
    }
}
