package jp.tsunagu.registrant;

/**
 * What a merge did: {@code merged} is the record kept, {@code keptBefore} how it read before, and
 * {@code dropped} the other record with everything that hung on it. {@link Registrants#unmerge}
 * takes it back whole.
 */
public record MergedPeople(StoredPerson merged, StoredPerson keptBefore, RemovedPeople dropped) {}
