package jp.tsunagu.mail;

/** Common mail services, so that the secretariat need not look up a server's name and port. */
public enum MailPreset {
    GMAIL("smtp.gmail.com", 587, SmtpSecurity.STARTTLS),
    MICROSOFT_365("smtp.office365.com", 587, SmtpSecurity.STARTTLS),
    YAHOO_JAPAN("smtp.mail.yahoo.co.jp", 465, SmtpSecurity.SSL),
    OCN("smtp.ocn.ne.jp", 465, SmtpSecurity.SSL);

    private final String host;
    private final int port;
    private final SmtpSecurity security;

    MailPreset(String host, int port, SmtpSecurity security) {
        this.host = host;
        this.port = port;
        this.security = security;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public SmtpSecurity security() {
        return security;
    }

    public String labelKey() {
        return "mail.preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
