package jp.tsunagu.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.UUID;

/**
 * One plain-text UTF-8 message to one recipient alone: subject and names encoded per RFC 2047 by
 * Jakarta Mail, a Date, and a Message-ID in the sender's own domain (Jakarta Mail's default names
 * the machine, which says nothing and looks odd to spam filters).
 */
final class SummaryMessage extends MimeMessage {
    private final String domain;

    private SummaryMessage(Session session, String domain) {
        super(session);
        this.domain = domain;
    }

    /** {@code draft} marks it unsent ({@code X-Unsent: 1}), so mail programs open it ready to send. */
    static MimeMessage create(
            Session session,
            MailSettings settings,
            String toName,
            String toAddress,
            String subject,
            String body,
            boolean draft)
            throws MessagingException {
        String from = settings.fromAddress();
        SummaryMessage message = new SummaryMessage(session, from.substring(from.indexOf('@') + 1));
        if (!from.isEmpty()) {
            message.setFrom(address(from, settings.fromName()));
        }
        if (!settings.replyTo().isEmpty()) {
            message.setReplyTo(new InternetAddress[] {address(settings.replyTo(), settings.fromName())});
        }
        message.setRecipient(Message.RecipientType.TO, address(toAddress, toName));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        if (draft) {
            message.setHeader("X-Unsent", "1");
        }
        message.saveChanges();
        return message;
    }

    /** A strict address with an RFC 2047 encoded name; a malformed address throws. */
    static InternetAddress address(String email, String name) throws MessagingException {
        InternetAddress address = new InternetAddress(email.strip(), true);
        if (name != null && !name.isBlank()) {
            try {
                address.setPersonal(name.strip(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new AddressException(e.getMessage());
            }
        }
        return address;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        String host = domain.isBlank() ? "tsunagu.invalid" : domain;
        setHeader("Message-ID", "<" + UUID.randomUUID() + ".tsunagu@" + host + ">");
    }
}
