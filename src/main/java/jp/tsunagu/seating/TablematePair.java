package jp.tsunagu.seating;

/** Two participants (by id) who sat at the same table at an earlier event; stored with the smaller id first. */
public record TablematePair(long first, long second) {
    public TablematePair {
        if (first == second) {
            throw new IllegalArgumentException("a person is not their own tablemate: " + first);
        }
        if (first > second) {
            long t = first;
            first = second;
            second = t;
        }
    }
}
