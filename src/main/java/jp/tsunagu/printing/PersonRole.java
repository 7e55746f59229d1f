package jp.tsunagu.printing;

/** Why a person is at a table: a participant, or one of the table's two hosts. */
public enum PersonRole {
    // In the order a table lists its people: the hosts first.
    ADVISOR,
    FACILITATOR,
    PARTICIPANT;

    public boolean isHost() {
        return this != PARTICIPANT;
    }

    /** The key of the role's name in the printing bundle. */
    String labelKey() {
        return "print.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
