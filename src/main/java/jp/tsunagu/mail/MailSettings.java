package jp.tsunagu.mail;

/**
 * How summaries are sent: the SMTP server, the sender and the pause between messages.
 * {@code passwordEnv} names an environment variable holding the password (the command line's
 * {@code --password-env}); the password itself is never part of the settings.
 */
public record MailSettings(
        String host,
        int port,
        SmtpSecurity security,
        String fromAddress,
        String fromName,
        String replyTo,
        String user,
        String passwordEnv,
        long pauseMillis) {
    public static final MailSettings EMPTY = new MailSettings("", 587, SmtpSecurity.STARTTLS, "", "", "", "", "", 1000);

    public MailSettings {
        host = trim(host);
        fromAddress = trim(fromAddress);
        fromName = trim(fromName);
        replyTo = trim(replyTo);
        user = trim(user);
        passwordEnv = trim(passwordEnv);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** Whether a server and a sender are set, so that sending can be tried. */
    public boolean isComplete() {
        return !host.isEmpty() && !fromAddress.isEmpty();
    }

    /** Whether the server wants a user name and password. */
    public boolean needsPassword() {
        return !user.isEmpty();
    }

    /** The name the password is kept under in the credential store: user and server. */
    public String account() {
        return user + "@" + host + ":" + port;
    }

    public MailSettings withPreset(MailPreset preset) {
        return new MailSettings(
                preset.host(),
                preset.port(),
                preset.security(),
                fromAddress,
                fromName,
                replyTo,
                user,
                passwordEnv,
                pauseMillis);
    }
}
