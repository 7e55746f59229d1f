package jp.tsunagu.seating;

/** Why a participant does not sit at a table of their 1st choice. */
public record SeatReason(long personId, SeatingNote reason) {}
