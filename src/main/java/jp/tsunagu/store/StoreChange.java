package jp.tsunagu.store;

/**
 * What a committed transaction changed, for the views that show it: {@code eventId} is the event
 * whose data changed (0 for changes that belong to no event, such as the app's settings).
 */
public record StoreChange(long eventId, Topic topic) {
    /** The kinds of data a view may show; a view listens to the ones it draws. */
    public enum Topic {
        EVENTS,
        TABLES,
        PEOPLE,
        SEATS,
        ATTENDANCE,
        OUTCOMES,
        FOLLOW_UPS,
        MAIL,
        SETTINGS
    }
}
