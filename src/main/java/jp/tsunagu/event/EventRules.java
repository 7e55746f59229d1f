package jp.tsunagu.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.tsunagu.i18n.UserError;

/**
 * What makes an event's values acceptable. Each check returns the bundle key of the problem, so the
 * window can show it beside the field and the service can refuse the change with the same words.
 */
public final class EventRules {
    public static final int MAX_NAME = 100;
    public static final int MAX_THEME_NAME = 60;
    public static final int MAX_CAPACITY = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EventRules() {}

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("event.error.nameEmpty");
        }
        if (name.strip().length() > MAX_NAME) {
            return Optional.of("event.error.nameLong");
        }
        return Optional.empty();
    }

    public static Optional<String> themeNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("event.error.themeEmpty");
        }
        if (name.strip().length() > MAX_THEME_NAME) {
            return Optional.of("event.error.themeLong");
        }
        return Optional.empty();
    }

    public static Optional<String> capacityProblem(Integer seats) {
        if (seats != null && (seats < 1 || seats > MAX_CAPACITY)) {
            return Optional.of("event.error.capacity");
        }
        return Optional.empty();
    }

    public static Optional<String> staffNameProblem(String name) {
        return name == null || name.isBlank() ? Optional.of("event.error.staffName") : Optional.empty();
    }

    public static Optional<String> emailProblem(String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches()
                ? Optional.empty()
                : Optional.of("event.error.email");
    }

    /**
     * Reads a date as people type it: 2026-12-05, 2026/12/5 or 2026年12月5日. Empty means no date
     * yet. An impossible date (2026-02-30) is refused, never rolled over.
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalised = jp.tsunagu.text.Nfkc.stripped(text);
        String[] parts = normalised.split("[-/.年月日]");
        if (parts.length != 3 || !normalised.matches("\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?")) {
            throw new UserError("event.error.date", text.strip());
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException | NumberFormatException e) {
            throw new UserError(e, "event.error.date", text.strip());
        }
    }

    static void require(Optional<String> problem, Object... args) {
        problem.ifPresent(key -> {
            throw new UserError(key, args);
        });
    }
}
