package jp.tsunagu.seating;

import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.text.Nfkc;

/**
 * A participant as the seating board and the export show them: the person as the participant
 * list keeps them, and their seat. A field added to a person reaches the board through
 * {@link Registrant}, not through a constructor here.
 *
 * @param table the table number, or null when not seated
 */
public record SeatedPerson(long id, Registrant person, Integer table, boolean locked) {

    public String name() {
        return person.name();
    }

    public String reading() {
        return person.reading();
    }

    public String organisation() {
        return person.organisation();
    }

    /** The import's key; a person stored without one is keyed by the organisation as written. */
    public String organisationKey() {
        return person.orgKey() == null || person.orgKey().isBlank()
                ? Nfkc.compact(person.organisation())
                : person.orgKey();
    }

    public String industry() {
        return person.industry();
    }

    public boolean yeg() {
        return person.yeg();
    }

    public String email() {
        return person.email();
    }

    /** Theme number of the 1st choice, or null (likewise choice2, choice3). */
    public Integer choice1() {
        return person.choice1();
    }

    public Integer choice2() {
        return person.choice2();
    }

    public Integer choice3() {
        return person.choice3();
    }

    /** The same person at {@code newTable} (null: unseated); a lock stays only with a seat. */
    public SeatedPerson at(Integer newTable, boolean newLocked) {
        return new SeatedPerson(id, person, newTable, newLocked && newTable != null);
    }

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
                id,
                name(),
                choice1(),
                choice2(),
                choice3(),
                industry(),
                organisationKey(),
                yeg(),
                locked ? table : null,
                table);
    }
}
