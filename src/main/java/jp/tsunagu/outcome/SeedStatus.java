package jp.tsunagu.outcome;

/** Where the bridging (橋渡し) of a seed of connection stands: new → introduced → met → working, or closed. */
public enum SeedStatus {
    NEW("new"),
    INTRODUCED("introduced"),
    MET("met"),
    WORKING("working"),
    CLOSED("closed");

    private final String code;

    SeedStatus(String code) {
        this.code = code;
    }

    /** The value in the store and in the command line's {@code --status} and JSON. */
    public String code() {
        return code;
    }

    public static SeedStatus of(String code) {
        for (SeedStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown seed status " + code);
    }
}
