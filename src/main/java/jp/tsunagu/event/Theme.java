package jp.tsunagu.event;

/** A sub-theme (サブテーマ) of an event; {@code number} is its place in the event's list, from 1. */
public record Theme(long id, int number, String name, String colour) {}
