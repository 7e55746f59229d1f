package jp.tsunagu.ui.mail;

import jp.tsunagu.mail.SendStatus;

/**
 * One line of the 送信 tab's recipient list: what the person will get and where their sending
 * stands. {@code gets} says how many tablemates' addresses the message carries, or that they have
 * no address; {@code sees} names those tablemates; {@code state} is null until they are sent to.
 */
public record RecipientRow(
        long personId,
        String name,
        String email,
        String table,
        String gets,
        String sees,
        SendStatus state,
        String reason) {
    public boolean hasEmail() {
        return !email.isEmpty();
    }

    /** Whether a run sends to them: not sent yet, failed, or (when the user says so) uncertain. */
    boolean due(boolean retryUncertain) {
        return hasEmail()
                && (state == null || state == SendStatus.FAILED || (retryUncertain && state == SendStatus.UNCERTAIN));
    }

    RecipientRow with(SendStatus newState, String newReason) {
        return new RecipientRow(personId, name, email, table, gets, sees, newState, newReason);
    }
}
