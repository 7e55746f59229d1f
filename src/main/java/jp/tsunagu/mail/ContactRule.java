package jp.tsunagu.mail;

/**
 * product.md, "The summary email": a tablemate's email address appears in a message only when both
 * that tablemate and the recipient agreed to share contacts. Nobody else's address or phone ever
 * appears: the summary carries no phone numbers at all, and this is the one place an address of
 * another person is let through.
 */
public final class ContactRule {
    private ContactRule() {}

    /** The address of {@code mate} that {@code recipient}'s message may show, or "". */
    public static String visibleEmail(Recipient recipient, Recipient mate) {
        if (recipient.consent() && mate.consent() && mate.personId() != recipient.personId()) {
            return mate.email().strip();
        }
        return "";
    }
}
