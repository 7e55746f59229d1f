package jp.tsunagu.registrant;

/** A theme of the event as the import matches it: its number (1..n) and name. */
public record ThemeRef(int number, String name) {}
