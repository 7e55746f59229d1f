package jp.tsunagu.seating;

/**
 * A participant as the seating board and the export show them.
 *
 * @param choice1 theme number of the 1st choice, or null (likewise choice2, choice3)
 * @param table the table number, or null when not seated
 */
public record SeatedPerson(
        long id,
        String name,
        String reading,
        String organisation,
        String organisationKey,
        String industry,
        boolean yeg,
        String email,
        Integer choice1,
        Integer choice2,
        Integer choice3,
        Integer table,
        boolean locked) {

    /** The rank (1..3) this person gave a theme, 0 when not chosen. */
    public int rankOf(int theme) {
        return participant().rankOf(theme);
    }

    public Seat seat() {
        return new Seat(id, table, locked);
    }

    /** This person as the solver sees them: locked people are pinned, everyone's seat is their current one. */
    public Participant participant() {
        return new Participant(
                id, name, choice1, choice2, choice3, industry, organisationKey, yeg, locked ? table : null, table);
    }
}
