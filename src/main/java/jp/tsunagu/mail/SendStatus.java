package jp.tsunagu.mail;

/** What the send log says of one recipient. A recipient with no entry has not been sent to yet. */
public enum SendStatus {
    SENT("sent"),
    FAILED("failed"),
    /** Handed (or about to be handed) to the server when the run was cut off: it may have arrived. */
    UNCERTAIN("uncertain");

    private final String code;

    SendStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "mail.status." + code;
    }

    public static SendStatus of(String code) {
        for (SendStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown send status " + code);
    }
}
