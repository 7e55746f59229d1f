package jp.tsunagu.registrant;

/** A person already in the event, as the store holds them. */
public record StoredPerson(long id, Registrant registrant) {}
