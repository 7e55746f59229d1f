package jp.tsunagu.seating;

/**
 * A person to seat.
 *
 * @param id the person's id (stable across runs; ties are broken by it)
 * @param name the name to show in messages
 * @param choice1 theme number of the 1st choice, or null
 * @param choice2 theme number of the 2nd choice, or null (a 3rd choice stays 3rd without it)
 * @param choice3 theme number of the 3rd choice, or null
 * @param industry the industry as imported; empty and その他 count as none
 * @param organisationKey the organisation key (legal form stripped), empty for none
 * @param yeg whether the person is a YEG member sitting as a participant
 * @param pinnedTable the table number the user locked this person to, or null
 * @param currentTable the table number the person sits at now (re-runs), or null
 */
public record Participant(
        long id,
        String name,
        Integer choice1,
        Integer choice2,
        Integer choice3,
        String industry,
        String organisationKey,
        boolean yeg,
        Integer pinnedTable,
        Integer currentTable) {

    public Participant {
        name = name == null ? "" : name;
        industry = industry == null ? "" : industry;
        organisationKey = organisationKey == null ? "" : organisationKey;
    }

    /** The rank (1, 2 or 3) this person gave a theme, at its best when given twice; 0 when not chosen. */
    public int rankOf(int theme) {
        if (choice1 != null && choice1 == theme) {
            return 1;
        }
        if (choice2 != null && choice2 == theme) {
            return 2;
        }
        if (choice3 != null && choice3 == theme) {
            return 3;
        }
        return 0;
    }

    public boolean hasChoices() {
        return choice1 != null || choice2 != null || choice3 != null;
    }

    public Participant withPinnedTable(Integer table) {
        return new Participant(
                id, name, choice1, choice2, choice3, industry, organisationKey, yeg, table, currentTable);
    }

    public Participant withCurrentTable(Integer table) {
        return new Participant(id, name, choice1, choice2, choice3, industry, organisationKey, yeg, pinnedTable, table);
    }
}
