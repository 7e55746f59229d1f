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
        return builder()
                .name(TextNormaliser.name(name))
                .reading(TextNormaliser.reading(reading))
                .organisation(TextNormaliser.line(organisation))
                .orgKey(OrganisationKey.of(organisation))
                .email(TextNormaliser.email(email))
                .build();
    }

    /** An empty person to fill in by name: every text empty, no choice, no consent. */
    public static Builder builder() {
        return new Builder();
    }

    /** This person to change by name: {@code r.toBuilder().email(x).build()}. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.reading = reading;
        b.readingGuessed = readingGuessed;
        b.organisation = organisation;
        b.orgKey = orgKey;
        b.title = title;
        b.industry = industry;
        b.category = category;
        b.yeg = yeg;
        b.email = email;
        b.phone = phone;
        b.choice1 = choice1;
        b.choice2 = choice2;
        b.choice3 = choice3;
        b.challenges = challenges;
        b.missingResources = missingResources;
        b.offers = offers;
        b.sdgs = sdgs;
        b.consent = consent;
        b.registeredAt = registeredAt;
        b.notes = notes;
        b.flags = flags;
        b.extras = extras;
        return b;
    }

    public List<Integer> choices() {
        java.util.ArrayList<Integer> list = new java.util.ArrayList<>();
        list.add(choice1);
        list.add(choice2);
        list.add(choice3);
        return list;
    }

    public Registrant withFlags(List<Flag> newFlags) {
        return toBuilder().flags(newFlags).build();
    }

    public Registrant withReading(String newReading, boolean guessed) {
        return toBuilder().reading(newReading).readingGuessed(guessed).build();
    }

    /**
     * Builds a {@link Registrant} by field name, so that adding a field touches this class and the
     * store's columns, not every place a person is made.
     */
    public static final class Builder {
        private String name = "";
        private String reading = "";
        private boolean readingGuessed;
        private String organisation = "";
        private String orgKey = "";
        private String title = "";
        private String industry = "";
        private String category = "";
        private boolean yeg;
        private String email = "";
        private String phone = "";
        private Integer choice1;
        private Integer choice2;
        private Integer choice3;
        private String challenges = "";
        private String missingResources = "";
        private String offers = "";
        private String sdgs = "";
        private boolean consent;
        private String registeredAt;
        private String notes = "";
        private List<Flag> flags = List.of();
        private Map<String, String> extras = Map.of();

        private Builder() {}

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder reading(String value) {
            this.reading = value;
            return this;
        }

        public Builder readingGuessed(boolean value) {
            this.readingGuessed = value;
            return this;
        }

        public Builder organisation(String value) {
            this.organisation = value;
            return this;
        }

        public Builder orgKey(String value) {
            this.orgKey = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder industry(String value) {
            this.industry = value;
            return this;
        }

        public Builder category(String value) {
            this.category = value;
            return this;
        }

        public Builder yeg(boolean value) {
            this.yeg = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        public Builder choice1(Integer value) {
            this.choice1 = value;
            return this;
        }

        public Builder choice2(Integer value) {
            this.choice2 = value;
            return this;
        }

        public Builder choice3(Integer value) {
            this.choice3 = value;
            return this;
        }

        public Builder challenges(String value) {
            this.challenges = value;
            return this;
        }

        public Builder missingResources(String value) {
            this.missingResources = value;
            return this;
        }

        public Builder offers(String value) {
            this.offers = value;
            return this;
        }

        public Builder sdgs(String value) {
            this.sdgs = value;
            return this;
        }

        public Builder consent(boolean value) {
            this.consent = value;
            return this;
        }

        public Builder registeredAt(String value) {
            this.registeredAt = value;
            return this;
        }

        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        public Builder flags(List<Flag> value) {
            this.flags = value;
            return this;
        }

        public Builder extras(Map<String, String> value) {
            this.extras = value;
            return this;
        }

        /** Sets the three choices (theme numbers or null) at once. */
        public Builder choices(Integer first, Integer second, Integer third) {
            this.choice1 = first;
            this.choice2 = second;
            this.choice3 = third;
            return this;
        }

        public Registrant build() {
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
                    flags,
                    extras);
        }
    }

    /** The same name however it was spaced. */
    public String nameKey() {
        return TextNormaliser.nameKey(name);
    }
}
