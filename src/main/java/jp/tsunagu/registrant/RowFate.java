package jp.tsunagu.registrant;

/** What the import does with one row. */
public enum RowFate {
    /** A new person. */
    ADDED,
    /** A person already in the event (same email) whose answers changed: a re-registration. */
    UPDATED,
    /** A person already in the event with the same answers: importing a file twice changes nothing. */
    UNCHANGED,
    /** An earlier registration of someone registering again further down the same file. */
    SUPERSEDED,
    /** Cannot be a person (no name). */
    REJECTED;

    public String bundleKey() {
        return "registrant.fate." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
