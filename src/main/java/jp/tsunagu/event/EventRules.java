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
     * Reads a date as people type it: 2026-12-05, 2026/12/5, 2026年12月5日, 令和8年12月5日 (R8/12/5,
     * 平成 too), and a weekday after it is ignored. Empty means no date yet. An impossible date
     * (2026-02-30) is refused, never rolled over. A date without a year (12/5) needs
     * {@link #parseDate(String, LocalDate)}.
     */
    public static LocalDate parseDate(String text) {
        return parseDate(text, null);
    }

    /** As {@link #parseDate(String)}; a date without a year (12/5, 12月5日) is the next one from {@code today}. */
    public static LocalDate parseDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        String normalised =
                jp.tsunagu.text.Nfkc.stripped(text).replaceAll("\\s+", "").replaceAll("\\([^)]*\\)$", "");
        java.util.regex.Matcher m = DATE.matcher(normalised);
        if (!m.matches()) {
            throw new UserError("event.error.date", typed);
        }
        try {
            int month = Integer.parseInt(m.group(4));
            int day = Integer.parseInt(m.group(5));
            if (m.group(3) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month, day);
            }
            if (m.group(1) != null) {
                int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                boolean reiwa = m.group(1).equals("令和") || m.group(1).equalsIgnoreCase("R");
                LocalDate date = LocalDate.of((reiwa ? 2018 : 1988) + year, month, day);
                // The era must still have been running on that date.
                if (reiwa ? date.isBefore(LocalDate.of(2019, 5, 1)) : date.isAfter(LocalDate.of(2019, 4, 30))) {
                    throw new UserError("event.error.date", typed);
                }
                return date;
            }
            if (today == null) {
                throw new UserError("event.error.date", typed);
            }
            LocalDate date = LocalDate.of(today.getYear(), month, day);
            return date.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : date;
        } catch (DateTimeException | NumberFormatException e) {
            throw new UserError(e, "event.error.date", typed);
        }
    }

    // [era and its year | a four-digit year] then month and day, with - / . or 年月日 between.
    private static final Pattern DATE = Pattern.compile(
            "^(?:(?:(令和|平成|[RrHh])(元|\\d{1,2})[年/.-])|(?:(\\d{4})[年/.-]))?(\\d{1,2})[月/.-](\\d{1,2})日?$");

    static void require(Optional<String> problem, Object... args) {
        problem.ifPresent(key -> {
            throw new UserError(key, args);
        });
    }
}
