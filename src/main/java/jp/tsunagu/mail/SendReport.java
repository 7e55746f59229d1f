package jp.tsunagu.mail;

import java.util.List;

/**
 * What one run did (cli.md's {@code mail send} JSON): who got their summary now, how many had it
 * already, who failed and why, who is uncertain (left for the user to decide), who has no address.
 * {@code notReached} counts recipients the run did not come to (cancelled, or the connection was
 * lost: {@code stoppedReason} says why); a later run sends to them.
 */
public record SendReport(
        List<Line> sent,
        int alreadySent,
        List<Line> failed,
        List<Line> uncertain,
        List<String> noEmail,
        long millis,
        boolean cancelled,
        int notReached,
        String stoppedReason) {
    public SendReport {
        sent = List.copyOf(sent);
        failed = List.copyOf(failed);
        uncertain = List.copyOf(uncertain);
        noEmail = List.copyOf(noEmail);
    }

    /** One recipient of the report; {@code reason} is the server's answer for a failure. */
    public record Line(long personId, String name, String email, String reason) {}
}
