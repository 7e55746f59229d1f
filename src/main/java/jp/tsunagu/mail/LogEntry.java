package jp.tsunagu.mail;

import java.time.Instant;

/** One recipient's line in the send log. {@code reason} says why a send failed (else empty). */
public record LogEntry(long personId, String email, SendStatus status, Instant at, String reason, String messageId) {}
