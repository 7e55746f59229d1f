package jp.tsunagu.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A connection to the SMTP server for one run of sending. */
public interface Outbox extends AutoCloseable {
    /** The session messages are built in. */
    Session session();

    /**
     * Makes sure the connection is up (reconnecting if the server dropped it), before a message is
     * marked uncertain: a failure here hands nothing to the server.
     */
    void ready() throws MessagingException;

    /** Hands one message to the server; returns when the server accepted it. */
    void send(MimeMessage message) throws MessagingException;

    @Override
    void close();

    /** Opens an outbox for the settings and password; the real one talks SMTP, tests may wrap it. */
    @FunctionalInterface
    interface Factory {
        Outbox open(MailSettings settings, String password) throws MessagingException;
    }
}
