package jp.tsunagu.event;

/** What the user types for an advisor or facilitator. */
public record StaffDetails(String name, String organisation, String email, String reading, String title) {
    public StaffDetails {
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
        email = email == null ? "" : email.strip();
        reading = reading == null ? "" : reading.strip();
        title = title == null ? "" : title.strip();
    }

    /** A host without a reading or title. */
    public StaffDetails(String name, String organisation, String email) {
        this(name, organisation, email, "", "");
    }
}
