package jp.tsunagu.outcome;

import java.time.LocalDate;

/** One step of a seed's follow-up (橋渡し): the status it moved to, on which date, and the note. */
public record FollowUpEntry(long id, long outcomeId, LocalDate date, SeedStatus status, String note) {}
