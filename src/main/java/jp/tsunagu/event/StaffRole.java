package jp.tsunagu.event;

import java.util.Locale;

/** The two hosts of a table. */
public enum StaffRole {
    ADVISOR,
    FACILITATOR;

    /** The word used in the store, the command line and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole fromCode(String code) {
        for (StaffRole role : values()) {
            if (role.code().equalsIgnoreCase(code.strip())) {
                return role;
            }
        }
        throw new jp.tsunagu.i18n.UserError("event.error.role", code);
    }

    public String messageKey() {
        return "event.role." + code();
    }
}
