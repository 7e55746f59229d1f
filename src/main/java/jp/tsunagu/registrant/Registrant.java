package jp.tsunagu.registrant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person as the import cleaned them (or as the store holds them).
 *
 * @param choice1 the theme number of the 1st choice (1..n), or null; likewise 2nd and 3rd
 * @param sdgs goal numbers 1-17 of interest, comma separated in ascending order
 * @param registeredAt when the form was sent, ISO {@code yyyy-MM-ddTHH:mm:ss}, or null
 * @param flags what the import flagged (kept with the person, listed in the export)
 * @param extras every other question of the form, header to answer, in the form's order
 */
public record Registrant(
        String name,
        String reading,
        boolean readingGuessed,
        String organisation,
        String orgKey,
        String title,
        String industry,
        String category,
        boolean yeg,
        String email,
        String phone,
        Integer choice1,
        Integer choice2,
        Integer choice3,
        String challenges,
        String missingResources,
        String offers,
        String sdgs,
        boolean consent,
        String registeredAt,
        String notes,
        List<Flag> flags,
        Map<String, String> extras) {

    public Registrant {
        flags = List.copyOf(flags);
        extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** A person added by hand: the given fields cleaned as an import would clean them. */
    public static Registrant byHand(String name, String reading, String organisation, String email) {
        String r = TextNormaliser.reading(reading);
        return new Registrant(
                TextNormaliser.name(name),
                r,
                false,
                TextNormaliser.line(organisation),
                OrganisationKey.of(organisation),
                "",
                "",
                "",
                false,
                TextNormaliser.email(email),
                "",
                null,
                null,
                null,
                "",
                "",
                "",
                "",
                false,
                null,
                "",
                List.of(),
                Map.of());
    }

    public List<Integer> choices() {
        java.util.ArrayList<Integer> list = new java.util.ArrayList<>();
        list.add(choice1);
        list.add(choice2);
        list.add(choice3);
        return list;
    }

    public Registrant withFlags(List<Flag> newFlags) {
        return new Registrant(
                name,
                reading,
                readingGuessed,
                organisation,
                orgKey,
                title,
                industry,
                category,
                yeg,
                email,
                phone,
                choice1,
                choice2,
                choice3,
                challenges,
                missingResources,
                offers,
                sdgs,
                consent,
                registeredAt,
                notes,
                newFlags,
                extras);
    }

    public Registrant withReading(String newReading, boolean guessed) {
        return new Registrant(
                name,
                newReading,
                guessed,
                organisation,
                orgKey,
                title,
                industry,
                category,
                yeg,
                email,
                phone,
                choice1,
                choice2,
                choice3,
                challenges,
                missingResources,
                offers,
                sdgs,
                consent,
                registeredAt,
                notes,
                flags,
                extras);
    }

    /** The same name however it was spaced. */
    public String nameKey() {
        return TextNormaliser.nameKey(name);
    }
}
