package jp.tsunagu.event;

/** What the user types for an advisor or facilitator. */
public record StaffDetails(String name, String organisation, String email) {
    public StaffDetails {
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
        email = email == null ? "" : email.strip();
    }
}
