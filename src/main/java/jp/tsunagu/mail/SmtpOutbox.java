package jp.tsunagu.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** SMTP through Angus Mail: one connection per run, kept open between messages, reopened if dropped. */
public final class SmtpOutbox implements Outbox {
    private static final String TIMEOUT_MILLIS = "30000";

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
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.auth", String.valueOf(settings.needsPassword()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.put("mail.mime.charset", "UTF-8");
        if (!settings.fromAddress().isEmpty()) {
            p.put("mail.smtp.from", settings.fromAddress());
        }
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                // Never fall back to sending the password in the clear when the server offers no TLS.
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
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
