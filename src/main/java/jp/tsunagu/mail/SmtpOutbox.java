package jp.tsunagu.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** SMTP through Angus Mail: one connection per run, kept open between messages, reopened if dropped. */
public final class SmtpOutbox implements Outbox {
    private static final String TIMEOUT_MILLIS = "30000";
    // Jakarta Mail's property names, by prefix (whole, they would read like our bundle keys "mail.…").
    private static final String SMTP = "mail.smtp.";
    private static final String MIME = "mail.mime.";
    private static final String TRANSPORT = "mail.transport.";

    private final MailSettings settings;
    private final String password;
    private final Session session;
    private Transport transport;

    private SmtpOutbox(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password;
        this.session = session(settings);
    }

    /** Connects to the server (and logs in when a user is set); a wrong host or password throws here. */
    public static SmtpOutbox open(MailSettings settings, String password) throws MessagingException {
        SmtpOutbox outbox = new SmtpOutbox(settings, password);
        outbox.ready();
        return outbox;
    }

    /** A session for building messages without a server (.eml files, previews). */
    public static Session session(MailSettings settings) {
        Properties p = new Properties();
        p.put(TRANSPORT + "protocol", "smtp");
        p.put(SMTP + "host", settings.host());
        p.put(SMTP + "port", String.valueOf(settings.port()));
        p.put(SMTP + "auth", String.valueOf(settings.needsPassword()));
        p.put(SMTP + "connectiontimeout", TIMEOUT_MILLIS);
        p.put(SMTP + "timeout", TIMEOUT_MILLIS);
        p.put(SMTP + "writetimeout", TIMEOUT_MILLIS);
        p.put(MIME + "charset", "UTF-8");
        if (!settings.fromAddress().isEmpty()) {
            p.put(SMTP + "from", settings.fromAddress());
        }
        switch (settings.security()) {
            case STARTTLS -> {
                p.put(SMTP + "starttls.enable", "true");
                // Never fall back to sending the password in the clear when the server offers no TLS.
                p.put(SMTP + "starttls.required", "true");
                p.put(SMTP + "ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.put(SMTP + "ssl.enable", "true");
                p.put(SMTP + "ssl.checkserveridentity", "true");
            }
            case NONE -> {}
        }
        return Session.getInstance(p);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void ready() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        close();
        Transport fresh = session.getTransport("smtp");
        if (settings.needsPassword()) {
            fresh.connect(settings.host(), settings.port(), settings.user(), password);
        } else {
            fresh.connect(settings.host(), settings.port(), null, null);
        }
        transport = fresh;
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        ready();
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is gone either way; the next ready() opens a new one.
            }
            transport = null;
        }
    }
}
