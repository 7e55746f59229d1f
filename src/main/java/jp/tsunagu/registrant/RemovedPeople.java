package jp.tsunagu.registrant;

import java.util.List;
import jp.tsunagu.store.RemovedRows;

/**
 * People as they were when deleted, with everything that hung on them in the store (attendance and
 * check-in time are their own columns; seat, seeds that named them, check-in history, answers,
 * mail log rows hang on them): what {@link Registrants#restore(long, RemovedPeople)} puts back.
 */
public record RemovedPeople(List<StoredPerson> people, RemovedRows rows) {
    public RemovedPeople {
        people = List.copyOf(people);
    }
}
