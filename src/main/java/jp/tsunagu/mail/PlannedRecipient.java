package jp.tsunagu.mail;

import java.util.List;

/**
 * One recipient as the 送信 page lists them before sending: {@code sharedWith} are the tablemates
 * whose email address their message will show; {@code log} is the send log's line (null: not sent yet).
 */
public record PlannedRecipient(Summary summary, List<String> sharedWith, LogEntry log) {
    public PlannedRecipient {
        sharedWith = List.copyOf(sharedWith);
    }

    public Recipient recipient() {
        return summary.recipient();
    }

    public long personId() {
        return summary.recipient().personId();
    }

    public String name() {
        return summary.recipient().name();
    }

    public String email() {
        return summary.recipient().email();
    }

    public boolean hasEmail() {
        return summary.recipient().hasEmail();
    }
}
