package jp.tsunagu.mail;

/** One recipient's summary as it would be sent: {@code to} is the address (empty when they have none). */
public record MailPreview(long personId, String name, String to, String subject, String body) {}
