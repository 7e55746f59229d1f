package jp.tsunagu.registrant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Turns one row of the form's file into a cleaned {@link Registrant}, or rejects it, and says why. */
public final class RowReader {

    private static final Pattern FOOTER =
            Pattern.compile("^(合計|小計|総計|総数|計|total|sum|以上)([\\s:：0-9(].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KANA_READING = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");

    /**
     * What became of one row: a registrant, or none (rejected or skipped), and the issues.
     *
     * @param table the table a seating file's table column gave, or null
     * @param attendance what the file's attendance column says (expected or absent), or null without one
     */
    public record Result(
            int row,
            Registrant registrant,
            List<RowIssue> issues,
            boolean skipped,
            Integer table,
            Attendance attendance) {
        public boolean rejected() {
            return registrant == null && !skipped;
        }
    }

    private final ColumnMapping mapping;
    private final ThemeMatcher themes;
    private final ReadingGuesser guesser;
    private final FontCoverage font;

    private final java.util.EnumMap<Field, ColumnMapping.Column> byField = new java.util.EnumMap<>(Field.class);

    /** The most characters a cell keeps at import (the longest free-text answer is far shorter). */
    public static final int MAX_CELL_CHARS = 10_000;

    public RowReader(ColumnMapping mapping, ThemeMatcher themes, ReadingGuesser guesser, FontCoverage font) {
        this.mapping = mapping;
        for (ColumnMapping.Column c : mapping.columns()) {
            byField.putIfAbsent(c.field(), c);
        }
        this.themes = themes;
        this.guesser = guesser;
        this.font = font;
    }

    public Result read(RawRow raw) {
        int row = raw.number();
        if (raw.blank() || isFooter(raw)) {
            return new Result(row, null, List.of(), true, null, null);
        }
        List<RowIssue> issues = new ArrayList<>();
        List<String> cutColumns = new ArrayList<>();
        raw = capped(raw, cutColumns);
        String name = mapping.has(Field.NAME)
                ? TextNormaliser.name(get(raw, Field.NAME))
                : TextNormaliser.name(get(raw, Field.FAMILY_NAME), get(raw, Field.GIVEN_NAME));
        String nameHeader =
                header(Field.NAME).or(() -> header(Field.FAMILY_NAME)).orElse("");
        if (name.isEmpty()) {
            issues.add(RowIssue.rejection(row, nameHeader, "registrant.row.noName"));
            return new Result(row, null, issues, false, null, null);
        }
        List<Flag> flags = new ArrayList<>();
        for (String column : cutColumns) {
            warn(
                    issues,
                    flags,
                    row,
                    column,
                    "registrant.warn.cut",
                    String.format(java.util.Locale.ROOT, "%,d", MAX_CELL_CHARS));
        }

        font.missing(name).ifPresent(ch -> warn(issues, flags, row, nameHeader, "registrant.warn.glyph", ch));
        String organisation = jp.tsunagu.text.Organisations.asStored(TextNormaliser.line(get(raw, Field.ORGANISATION)));
        font.missing(organisation)
                .ifPresent(ch ->
                        warn(issues, flags, row, header(Field.ORGANISATION).orElse(""), "registrant.warn.glyph", ch));

        String reading = mapping.has(Field.READING)
                ? TextNormaliser.reading(get(raw, Field.READING))
                : TextNormaliser.reading(
                        TextNormaliser.name(get(raw, Field.FAMILY_READING), get(raw, Field.GIVEN_READING)));
        String readingHeader =
                header(Field.READING).or(() -> header(Field.FAMILY_READING)).orElse("");
        boolean guessed = false;
        if (reading.isEmpty()) {
            Optional<String> g = guesser == null ? Optional.empty() : guesser.guess(name);
            if (g.isPresent()) {
                reading = g.get();
                guessed = true;
                flags.add(Flag.of("registrant.warn.readingGuessed", reading));
            } else {
                warn(issues, flags, row, readingHeader, "registrant.warn.readingUnknown");
            }
        } else if (!KANA_READING.matcher(reading).matches()) {
            warn(issues, flags, row, readingHeader, "registrant.warn.readingNotKana", reading);
        }

        String email = TextNormaliser.email(get(raw, Field.EMAIL));
        if (TextNormaliser.looksLikeFormula(email)) {
            warn(issues, flags, row, header(Field.EMAIL).orElse(""), "registrant.warn.formula", email);
            email = "";
        } else if (!email.isEmpty() && !TextNormaliser.emailLooksValid(email)) {
            warn(issues, flags, row, header(Field.EMAIL).orElse(""), "registrant.warn.email", email);
        }
        String phone = TextNormaliser.phone(get(raw, Field.PHONE));
        if (TextNormaliser.looksLikeFormula(phone) || phone.indexOf('=') >= 0 || phone.indexOf('@') >= 0) {
            warn(issues, flags, row, header(Field.PHONE).orElse(""), "registrant.warn.formula", phone);
            phone = "";
        }
        if (TextNormaliser.lostLeadingZero(phone)) {
            String repaired = "0" + phone;
            warn(issues, flags, row, header(Field.PHONE).orElse(""), "registrant.warn.phoneRepaired", phone, repaired);
            phone = repaired;
        }

        Integer[] choices = readChoices(raw, row, issues, flags);

        String category = TextNormaliser.line(get(raw, Field.CATEGORY));
        boolean consent = false;
        if (mapping.has(Field.CONSENT)) {
            String answer = get(raw, Field.CONSENT);
            Optional<Boolean> c = AnswerParser.consent(answer);
            if (c.isEmpty()) {
                warn(issues, flags, row, header(Field.CONSENT).orElse(""), "registrant.warn.consent", answer.strip());
            }
            consent = c.orElse(false);
        }
        AnswerParser.Goals goals = AnswerParser.sdgs(get(raw, Field.SDGS));
        if (!goals.outOfRange().isEmpty()) {
            warn(issues, flags, row, header(Field.SDGS).orElse(""), "registrant.warn.sdgs", goals.outOfRange());
        }
        String time = get(raw, Field.TIMESTAMP);
        String registeredAt = AnswerParser.timestamp(time).orElse(null);
        if (registeredAt == null && !time.isBlank()) {
            warn(issues, flags, row, header(Field.TIMESTAMP).orElse(""), "registrant.warn.timestamp", time.strip());
        }

        Map<String, String> extras = new LinkedHashMap<>();
        for (ColumnMapping.Column c : mapping.columns()) {
            if (c.field() == Field.EXTRA) {
                String v = TextNormaliser.text(raw.cell(c.index()));
                if (!v.isEmpty()) {
                    extras.put(c.header(), v);
                }
            }
        }
        Registrant r = Registrant.builder()
                .name(name)
                .reading(reading)
                .readingGuessed(guessed)
                .organisation(organisation)
                .orgKey(OrganisationKey.of(organisation))
                .title(TextNormaliser.line(get(raw, Field.TITLE)))
                .industry(TextNormaliser.line(get(raw, Field.INDUSTRY)))
                .category(category)
                .yeg(yeg(raw, row, category, issues, flags))
                .email(email)
                .phone(phone)
                .choices(choices[0], choices[1], choices[2])
                .challenges(TextNormaliser.text(get(raw, Field.CHALLENGES)))
                .missingResources(TextNormaliser.text(get(raw, Field.MISSING_RESOURCES)))
                .offers(TextNormaliser.text(get(raw, Field.OFFERS)))
                .sdgs(goals.goals())
                .consent(consent)
                .registeredAt(registeredAt)
                .notes(TextNormaliser.text(get(raw, Field.NOTES)))
                .flags(flags)
                .extras(extras)
                .build();
        return new Result(row, r, issues, false, table(raw, row, issues), attendance(raw, row, issues));
    }

    /**
     * The attendance column's answer: absent for 欠席, 不参加, ×; expected for 出席, 参加, ○ and a blank
     * (decision 0035); an answer that says neither (未定) is a warning and leaves the person expected.
     * Null when the file has no such column. Only a row issue, not a flag: the person's record stays as it was.
     */
    private Attendance attendance(RawRow raw, int row, List<RowIssue> issues) {
        if (!mapping.has(Field.ATTENDANCE)) {
            return null;
        }
        String answer = get(raw, Field.ATTENDANCE);
        Optional<Boolean> coming = AnswerParser.attending(answer);
        if (coming.isEmpty()) {
            issues.add(RowIssue.warning(
                    row, header(Field.ATTENDANCE).orElse(""), "registrant.warn.attendance", answer.strip()));
        }
        return coming.orElse(true) ? Attendance.EXPECTED : Attendance.ABSENT;
    }

    /** A YEG mark column when the form has one, else the category (掛川YEG会員, 青年部). */
    private boolean yeg(RawRow raw, int row, String category, List<RowIssue> issues, List<Flag> flags) {
        if (!mapping.has(Field.YEG)) {
            return AnswerParser.yeg(category);
        }
        String answer = get(raw, Field.YEG);
        Optional<Boolean> mark = AnswerParser.yesNo(answer);
        if (mark.isPresent()) {
            return mark.get();
        }
        if (AnswerParser.yeg(answer)) {
            return true;
        }
        warn(issues, flags, row, header(Field.YEG).orElse(""), "registrant.warn.yeg", answer.strip());
        return AnswerParser.yeg(category);
    }

    /** The table number of a seating file's {@code table} column, or null. */
    private Integer table(RawRow raw, int row, List<RowIssue> issues) {
        String v = TextNormaliser.line(get(raw, Field.TABLE)).replaceAll("[^0-9]", "");
        if (v.isEmpty()) {
            return null;
        }
        int n = Integer.parseInt(v.length() > 4 ? v.substring(0, 4) : v);
        if (n < 1) {
            issues.add(RowIssue.warning(row, header(Field.TABLE).orElse(""), "registrant.warn.table", v));
            return null;
        }
        return n;
    }

    private Integer[] readChoices(RawRow raw, int row, List<RowIssue> issues, List<Flag> flags) {
        Integer[] choices = new Integer[3];
        Field[] ranks = {Field.CHOICE1, Field.CHOICE2, Field.CHOICE3};
        for (int i = 0; i < 3; i++) {
            String v = get(raw, ranks[i]);
            if (v.isBlank()) {
                continue;
            }
            OptionalInt n = themes.match(v);
            if (n.isPresent()) {
                choices[i] = n.getAsInt();
            } else {
                warn(issues, flags, row, header(ranks[i]).orElse(""), "registrant.warn.theme", v.strip());
            }
        }
        String multi = get(raw, Field.CHOICES);
        if (!multi.isBlank()) {
            ThemeMatcher.Choices all = themes.matchAll(multi);
            int next = 0;
            for (int n : all.themes()) {
                while (next < 3 && choices[next] != null) {
                    next++;
                }
                if (next >= 3) {
                    break;
                }
                choices[next] = n;
            }
            for (String u : all.unmatched()) {
                warn(issues, flags, row, header(Field.CHOICES).orElse(""), "registrant.warn.theme", u);
            }
        }
        // A theme given twice counts at its best rank (seating-objective.md); the repeat goes.
        for (int i = 1; i < 3; i++) {
            for (int j = 0; j < i; j++) {
                if (choices[i] != null && choices[i].equals(choices[j])) {
                    Field rank = mapping.has(ranks[i]) ? ranks[i] : Field.CHOICES;
                    warn(
                            issues,
                            flags,
                            row,
                            header(rank).orElse(""),
                            "registrant.warn.themeRepeated",
                            String.valueOf(choices[i]));
                    choices[i] = null;
                    break;
                }
            }
        }
        boolean asked = mapping.has(Field.CHOICE1) || mapping.has(Field.CHOICES);
        if (asked && choices[0] == null && choices[1] == null && choices[2] == null) {
            String h = header(Field.CHOICE1).or(() -> header(Field.CHOICES)).orElse("");
            warn(issues, flags, row, h, "registrant.warn.noTheme");
        }
        return choices;
    }

    private static void warn(
            List<RowIssue> issues, List<Flag> flags, int row, String column, String key, String... args) {
        RowIssue issue = RowIssue.warning(row, column, key, args);
        issues.add(issue);
        flags.add(issue.reason());
    }

    /**
     * No cell is longer than {@link #MAX_CELL_CHARS}: the rest is cut here with a warning, so that no
     * stored value ever comes near the 32,767 characters an Excel cell holds.
     */
    private RawRow capped(RawRow raw, List<String> cutColumns) {
        List<String> cells = null;
        for (int c = 0; c < raw.cells().size(); c++) {
            String cell = raw.cells().get(c);
            if (cell.length() > MAX_CELL_CHARS) {
                if (cells == null) {
                    cells = new ArrayList<>(raw.cells());
                }
                int end = Character.isHighSurrogate(cell.charAt(MAX_CELL_CHARS - 1))
                        ? MAX_CELL_CHARS - 1
                        : MAX_CELL_CHARS;
                cells.set(c, cell.substring(0, end));
                cutColumns.add(headerOfColumn(c));
            }
        }
        return cells == null ? raw : new RawRow(raw.number(), cells);
    }

    private String headerOfColumn(int index) {
        for (ColumnMapping.Column c : mapping.columns()) {
            if (c.index() == index) {
                return c.header();
            }
        }
        return "";
    }

    private String get(RawRow raw, Field field) {
        ColumnMapping.Column c = byField.get(field);
        return c == null ? "" : raw.cell(c.index());
    }

    private Optional<String> header(Field field) {
        return Optional.ofNullable(byField.get(field)).map(ColumnMapping.Column::header);
    }

    private boolean isFooter(RawRow raw) {
        for (String c : raw.cells()) {
            String s = TextNormaliser.line(c);
            if (!s.isEmpty()) {
                return FOOTER.matcher(s).matches();
            }
        }
        return false;
    }
}
