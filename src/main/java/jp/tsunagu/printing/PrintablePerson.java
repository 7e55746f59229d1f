package jp.tsunagu.printing;

/**
 * A person as printed. {@code reading} is the furigana; when the import only guessed it, it is used for sorting but
 * never printed. {@code tableNumber} is null for someone not seated yet. The last three are what the person wrote on
 * the form: 今の課題・関心, 不足している資源, 提供できること. {@code personId} is the participant's id in the store
 * (the reception list prints it as the row's check-in code); 0 for a host or a person not stored.
 */
public record PrintablePerson(
        String name,
        String reading,
        boolean readingGuessed,
        String organisation,
        String title,
        Integer tableNumber,
        PersonRole role,
        String challenges,
        String missingResources,
        String offers,
        long personId) {

    /** A person without a stored id (hosts, samples). */
    public PrintablePerson(
            String name,
            String reading,
            boolean readingGuessed,
            String organisation,
            String title,
            Integer tableNumber,
            PersonRole role,
            String challenges,
            String missingResources,
            String offers) {
        this(
                name,
                reading,
                readingGuessed,
                organisation,
                title,
                tableNumber,
                role,
                challenges,
                missingResources,
                offers,
                0);
    }

    public PrintablePerson {
        name = Texts.clean(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a printed person needs a name");
        }
        reading = Texts.clean(reading);
        organisation = Texts.clean(organisation);
        title = Texts.clean(title);
        role = role == null ? PersonRole.PARTICIPANT : role;
        challenges = Texts.cleanKeepingLines(challenges);
        missingResources = Texts.cleanKeepingLines(missingResources);
        offers = Texts.cleanKeepingLines(offers);
    }

    /** A participant with no form answers; handy for cards printed on the spot. */
    public static PrintablePerson participant(String name, String reading, String organisation, Integer table) {
        return new PrintablePerson(name, reading, false, organisation, "", table, PersonRole.PARTICIPANT, "", "", "");
    }

    /** The reading to print: empty when it was only guessed. */
    public String printedReading() {
        return readingGuessed ? "" : reading;
    }

    /** The code printed on the person's reception-list row; empty for hosts. */
    public String checkinCode() {
        return personId > 0 && !role.isHost() ? Long.toString(personId) : "";
    }

    public boolean seated() {
        return tableNumber != null;
    }
}
