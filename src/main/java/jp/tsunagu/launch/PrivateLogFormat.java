package jp.tsunagu.launch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import jp.tsunagu.i18n.UserError;

/**
 * The log's format: time, level, logger, message and the whole stack trace, without personal data.
 * A {@link UserError} is logged by its message key only (its arguments are what the user typed:
 * names, emails); any other text has email addresses and phone numbers masked. The log can then be
 * sent to whoever helps with a problem without sending the participants along.
 */
public final class PrivateLogFormat extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+\\-!#$&'*/=?^`{|}~]+@[\\w\\-]+(\\.[\\w\\-]+)+");
    // Runs of 9 or more digits, with hyphens, spaces, dots or brackets between them: a phone number.
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\-. ()\\u2010-\\u2015\\u30FC]{7,}\\d");

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder();
        out.append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
                .append("Z ")
                .append(record.getLevel().getName())
                .append(' ')
                .append(record.getLoggerName())
                .append(": ")
                .append(withoutPersonalData(formatMessage(record)))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            appendThrowable(out, record.getThrown(), "", Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return out.toString();
    }

    /** {@code text} with email addresses and phone numbers replaced by a mark. */
    public static String withoutPersonalData(String text) {
        if (text == null) {
            return "";
        }
        String s = EMAIL.matcher(text).replaceAll("<email>");
        return PHONE.matcher(s).replaceAll(m -> digits(m.group()) >= 9 ? "<phone>" : m.group());
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    private static void appendThrowable(StringBuilder out, Throwable t, String prefix, Set<Throwable> seen) {
        if (!seen.add(t)) {
            return;
        }
        String message = t instanceof UserError e ? e.key() : withoutPersonalData(t.getMessage());
        out.append(prefix).append(t.getClass().getName());
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        out.append(System.lineSeparator());
        for (StackTraceElement frame : t.getStackTrace()) {
            out.append("\tat ").append(frame).append(System.lineSeparator());
        }
        for (Throwable suppressed : t.getSuppressed()) {
            appendThrowable(out, suppressed, "Suppressed: ", seen);
        }
        if (t.getCause() != null) {
            appendThrowable(out, t.getCause(), "Caused by: ", seen);
        }
    }
}
