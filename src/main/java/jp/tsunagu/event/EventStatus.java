package jp.tsunagu.event;

/**
 * An event's life: {@code PREPARED} before the day, {@code HELD} once reception opened,
 * {@code CLOSED} when it is over and its seating has become history. It only moves forward.
 */
public enum EventStatus {
    PREPARED("prepared"),
    HELD("held"),
    CLOSED("closed");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    /** The value in the store ({@code event.status}) and the CLI's JSON. */
    public String code() {
        return code;
    }

    public static EventStatus of(String code) {
        for (EventStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown event status " + code);
    }
}
