package jp.tsunagu.printing;

/** An advisor or facilitator as printed on signs and worksheets; title is the 役職, empty if not given. */
public record PrintableStaff(String name, String organisation, String title) {
    public PrintableStaff {
        name = Texts.clean(name);
        organisation = Texts.clean(organisation);
        title = Texts.clean(title);
    }

    /** A host without a title. */
    public PrintableStaff(String name, String organisation) {
        this(name, organisation, "");
    }

    /** The organisation with the title after it, as the smaller line under the name. */
    public String affiliation() {
        if (title.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? title : organisation + " " + title;
    }
}
