package jp.tsunagu.venue;

/**
 * What marking a participant absent did.
 *
 * @param freedTable the table whose seat they gave up, or null when they had none
 */
public record Absence(VenuePerson person, Integer freedTable) {}
