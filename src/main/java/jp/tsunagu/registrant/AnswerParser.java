package jp.tsunagu.registrant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the answers that have a meaning beyond their text: yes/no, dates, goal numbers, YEG. */
public final class AnswerParser {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[/\\-.年](\\d{1,2})[/\\-.月](\\d{1,2})日?(?:[ T]*(?:\\([^)]*\\))?\\s*(\\d{1,2})[:時](\\d{1,2})(?:[:分](\\d{1,2}))?)?.*");
    // Yes/no as forms and hand-made sheets write it. Idioms that contain a negative but mean yes
    // (問題ない, 構わない) are read first; then refusals (しない, 載せないで, 不要); then agreement.
    private static final Pattern YES_IDIOMS = Pattern.compile("(問題|差し支え|差支え|かまわ|構わ|支障)(ない|なし|ありません|無し|無い)|(構い|かまい)ません");
    private static final Pattern NO_WORDS = Pattern.compile(
            "しない|しません|不可|いいえ|拒否|望まない|同意せず|ないで|ません|不要|希望なし|非該当|該当しない|該当なし|だめ|ダメ|お断り|辞退|非公開|非会員|not|don't|decline");
    private static final Pattern NO = Pattern.compile("no|false|x|×|✕|✗|✘|ng|否|0|n|無|無し|なし|-|ー|―|非");
    private static final Pattern YES_WORDS = Pattern.compile(
            "同意|はい|承諾|了承|共有してよい|可|よい|良い|いいです|希望する|希望します|したい|ください|お願い|交換する|載せて|掲載して|公開して|該当|会員|agree|allow");
    private static final Pattern YES = Pattern.compile("yes|true|ok|○|〇|◯|●|◎|✓|✔|☑|レ|v|1|y|する|します|有|有り|あり|希望|済|済み");
    // Attendance words before the yes/no reading: 不参加 and 欠席 say no, 出席 and 参加 yes; the
    // codes of our own exports (expected, checked_in, absent) read back.
    private static final Pattern ABSENT_WORDS =
            Pattern.compile("欠席|不参加|欠|キャンセル|取り?消|辞退|参加(でき|出来)?(ない|ません)|行けない|absent|cancel");
    private static final Pattern ATTENDING_WORDS =
            Pattern.compile("出席|参加|出|行きます|expected|checked_?in|attend|present|going");
    private static final Pattern GOAL = Pattern.compile("(?<![0-9])([0-9]{1,2})(?![0-9])");

    private AnswerParser() {}

    /** Whether the person agreed; empty when the answer says neither. A blank answer is no. */
    public static Optional<Boolean> consent(String raw) {
        return yesNo(raw);
    }

    /**
     * A yes/no or mark answer (○ ◯ ● ✓ レ 該当 有 はい Yes 1 / × 無 いいえ 0, blank): true or false, or empty
     * when the answer says neither, so the caller can warn instead of guessing.
     */
    public static Optional<Boolean> yesNo(String raw) {
        String s = TextNormaliser.line(raw).toLowerCase(Locale.ROOT).replaceAll("[\\s。．.!！]+$", "");
        if (s.isEmpty()) {
            return Optional.of(false);
        }
        if (YES_IDIOMS.matcher(s).find()) {
            return Optional.of(true);
        }
        if (NO_WORDS.matcher(s).find() || NO.matcher(s).matches()) {
            return Optional.of(false);
        }
        if (YES_WORDS.matcher(s).find() || YES.matcher(s).matches()) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /**
     * An attendance answer: true for coming (○ ◯ ● ✓ レ 該当 有 Yes 1 出席 参加), false for not (× 無 欠席 不参加),
     * empty when it says neither (未定). A blank is coming: see decision 0035.
     */
    public static Optional<Boolean> attending(String raw) {
        String s = TextNormaliser.line(raw).toLowerCase(Locale.ROOT).replaceAll("[\\s。．.!！]+$", "");
        if (s.isEmpty() || s.matches("[-ー―‐−]+")) {
            return Optional.of(true);
        }
        if (ABSENT_WORDS.matcher(s).find()) {
            return Optional.of(false);
        }
        Optional<Boolean> mark = yesNo(s);
        if (mark.isPresent()) {
            return mark;
        }
        return ATTENDING_WORDS.matcher(s).find() ? Optional.of(true) : Optional.empty();
    }

    /** The time the form was sent, as ISO local date-time, or empty when unreadable. */
    public static Optional<String> timestamp(String raw) {
        String s = TextNormaliser.line(raw);
        Matcher m = DATE_TIME.matcher(s);
        if (m.matches()) {
            try {
                LocalDate d = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalDateTime t = m.group(4) == null
                        ? d.atStartOfDay()
                        : d.atTime(
                                Integer.parseInt(m.group(4)),
                                Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        // US-style dates as some English exports write them: 10/1/2026 9:05:00
        for (String p : new String[] {"M/d/uuuu H:mm:ss", "M/d/uuuu H:mm", "M/d/uuuu"}) {
            try {
                DateTimeFormatter f =
                        DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
                return Optional.of(
                        p.contains("H")
                                ? LocalDateTime.parse(s, f).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                                : LocalDate.parse(s, f).atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    /** SDGs goal numbers (1-17) named in the answer, ascending; numbers outside are returned apart. */
    public record Goals(String goals, String outOfRange) {}

    public static Goals sdgs(String raw) {
        TreeSet<Integer> in = new TreeSet<>();
        TreeSet<Integer> out = new TreeSet<>();
        Matcher m = GOAL.matcher(TextNormaliser.line(raw));
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            (n >= 1 && n <= 17 ? in : out).add(n);
        }
        return new Goals(join(in), join(out));
    }

    private static String join(TreeSet<Integer> set) {
        return String.join(",", set.stream().map(String::valueOf).toList());
    }

    /** A YEG member by the category the form gave: 掛川YEG会員, 青年部, YEG... */
    public static boolean yeg(String category) {
        String c = TextNormaliser.line(category).toLowerCase(Locale.ROOT);
        return c.contains("yeg") || c.contains("青年部");
    }
}
