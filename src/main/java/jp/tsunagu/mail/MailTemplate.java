package jp.tsunagu.mail;

/** The subject and body of the summary email, with {@code {{placeholders}}} (JMustache). */
public record MailTemplate(String subject, String body) {
    public MailTemplate {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
