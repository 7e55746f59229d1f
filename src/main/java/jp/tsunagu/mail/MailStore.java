package jp.tsunagu.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The SQL of summary emails: the one owner of {@code mail_settings}, {@code mail_template} and {@code mail_log}. */
final class MailStore {
    private MailStore() {}

    static MailSettings settings(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT host, port, security, from_address, from_name, reply_to, user_name, password_env, pause_millis
                FROM mail_settings WHERE id = 1""");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return MailSettings.EMPTY;
            }
            return new MailSettings(
                    r.getString(1),
                    r.getInt(2),
                    SmtpSecurity.of(r.getString(3)),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    r.getString(8),
                    r.getLong(9));
        }
    }

    static void saveSettings(Connection c, MailSettings m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mail_settings
                  (id, host, port, security, from_address, from_name, reply_to, user_name, password_env, pause_millis)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET host = excluded.host, port = excluded.port,
                  security = excluded.security, from_address = excluded.from_address,
                  from_name = excluded.from_name, reply_to = excluded.reply_to, user_name = excluded.user_name,
                  password_env = excluded.password_env, pause_millis = excluded.pause_millis""")) {
            s.setString(1, m.host());
            s.setInt(2, m.port());
            s.setString(3, m.security().code());
            s.setString(4, m.fromAddress());
            s.setString(5, m.fromName());
            s.setString(6, m.replyTo());
            s.setString(7, m.user());
            s.setString(8, m.passwordEnv());
            s.setLong(9, m.pauseMillis());
            s.executeUpdate();
        }
    }

    static Optional<MailTemplate> template(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT subject, body FROM mail_template WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new MailTemplate(r.getString(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    static void saveTemplate(Connection c, long eventId, MailTemplate template) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mail_template (event_id, subject, body) VALUES (?, ?, ?)
                ON CONFLICT(event_id) DO UPDATE SET subject = excluded.subject, body = excluded.body""")) {
            s.setLong(1, eventId);
            s.setString(2, template.subject());
            s.setString(3, template.body());
            s.executeUpdate();
        }
    }

    static void deleteTemplate(Connection c, long eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM mail_template WHERE event_id = ?")) {
            s.setLong(1, eventId);
            s.executeUpdate();
        }
    }

    static Map<Long, LogEntry> log(Connection c, long eventId) throws SQLException {
        Map<Long, LogEntry> log = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT person_id, email, status, at, reason, message_id FROM mail_log WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    log.put(
                            r.getLong(1),
                            new LogEntry(
                                    r.getLong(1),
                                    r.getString(2),
                                    SendStatus.of(r.getString(3)),
                                    Instant.parse(r.getString(4)),
                                    r.getString(5),
                                    r.getString(6)));
                }
            }
        }
        return log;
    }

    static void record(Connection c, long eventId, LogEntry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mail_log (event_id, person_id, email, status, at, reason, message_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(event_id, person_id) DO UPDATE SET email = excluded.email, status = excluded.status,
                  at = excluded.at, reason = excluded.reason, message_id = excluded.message_id""")) {
            s.setLong(1, eventId);
            s.setLong(2, entry.personId());
            s.setString(3, entry.email());
            s.setString(4, entry.status().code());
            s.setString(5, entry.at().toString());
            s.setString(6, entry.reason());
            s.setString(7, entry.messageId());
            s.executeUpdate();
        }
    }
}
