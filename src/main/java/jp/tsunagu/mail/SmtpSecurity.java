package jp.tsunagu.mail;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain SMTP (a server inside the office network, or a test server). */
    NONE("none"),
    /** Plain connection upgraded with STARTTLS before logging in (usually port 587). */
    STARTTLS("starttls"),
    /** TLS from the first byte (SMTPS, usually port 465). */
    SSL("ssl");

    private final String code;

    SmtpSecurity(String code) {
        this.code = code;
    }

    /** The value in the store and in the command line's {@code --security}. */
    public String code() {
        return code;
    }

    public String labelKey() {
        return "mail.security." + code;
    }

    public static SmtpSecurity of(String code) {
        for (SmtpSecurity security : values()) {
            if (security.code.equalsIgnoreCase(code)) {
                return security;
            }
        }
        throw new jp.tsunagu.i18n.UserError("mail.error.security", code);
    }
}
