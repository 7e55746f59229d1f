package jp.tsunagu.outcome;

/**
 * A participant seated at a table: the people a seed of connection or a next step may name.
 * {@code attended} is whether they were checked in (walk-ins included).
 */
public record TableMember(long id, String name, String organisation, String email, boolean attended) {}
