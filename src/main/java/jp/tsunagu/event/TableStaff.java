package jp.tsunagu.event;

/** An advisor or facilitator on a table; reading (furigana) and title (役職) as for participants, empty if not given. */
public record TableStaff(
        long id, StaffRole role, String name, String organisation, String email, String reading, String title) {

    public TableStaff {
        reading = reading == null ? "" : reading;
        title = title == null ? "" : title;
    }

    /** What the user typed for this host, to edit it. */
    public StaffDetails details() {
        return new StaffDetails(name, organisation, email, reading, title);
    }
}
