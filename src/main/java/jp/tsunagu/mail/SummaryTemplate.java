package jp.tsunagu.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.i18n.UserError;

/**
 * The summary email's subject and body, filled in by JMustache (docs/decisions/0070-mail.md). The
 * placeholders carry Japanese names ({@code {{氏名}}}, {@code {{#同じテーブルの方}}…{{/同じテーブルの方}}}),
 * the words the secretariat reads in the message. A template naming a placeholder that does not
 * exist is refused when saved, not when sending.
 */
public final class SummaryTemplate {
    /** The placeholders, in the order the window lists them. Lists are sections: {{#name}}…{{/name}}. */
    public static final List<String> PLACEHOLDERS = List.of(
            "氏名",
            "所属",
            "交流会名",
            "開催日",
            "会場",
            "テーブル番号",
            "テーマ",
            "アドバイザー",
            "ファシリテーター",
            "#共通の関心点",
            "#つながりの芽",
            "#次の一歩",
            "#同じテーブルの方",
            "事務局",
            "事務局メール");

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

    // No HTML escaping (plain text mail); a missing section is an error, so a typo is caught on save.
    private static final Mustache.Compiler COMPILER =
            Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).strictSections(true);

    private final Template subject;
    private final Template body;

    private SummaryTemplate(Template subject, Template body) {
        this.subject = subject;
        this.body = body;
    }

    /** The defaults, in Japanese as product.md asks, written as the secretariat would write them. */
    public static MailTemplate defaults() {
        return new MailTemplate(resource("summary-subject.txt").strip(), resource("summary-body.txt"));
    }

    private static String resource(String name) {
        try (InputStream in = SummaryTemplate.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code template} and tries it on a sample recipient, so that a bad template is refused
     * with the line and placeholder at fault.
     */
    public static SummaryTemplate of(MailTemplate template) {
        Template subject = compile(template.subject(), Part.SUBJECT);
        Template body = compile(template.body(), Part.BODY);
        SummaryTemplate compiled = new SummaryTemplate(subject, body);
        Map<String, Object> sample = model(sample(), MailSettings.EMPTY);
        compiled.run(subject, sample, Part.SUBJECT);
        compiled.run(body, sample, Part.BODY);
        return compiled;
    }

    private static Template compile(String text, Part part) {
        try {
            return COMPILER.compile(text);
        } catch (MustacheException e) {
            throw new UserError(e, part.syntaxKey, e.getMessage());
        }
    }

    private String run(Template template, Map<String, Object> model, Part part) {
        try {
            return template.execute(model);
        } catch (MustacheException.Context e) {
            throw new UserError(e, part.placeholderKey, e.key, e.lineNo);
        } catch (MustacheException e) {
            throw new UserError(e, part.syntaxKey, e.getMessage());
        }
    }

    /** The subject (one line) and body of {@code summary}'s message. */
    public Rendered render(Summary summary, MailSettings settings) {
        Map<String, Object> model = model(summary, settings);
        String subjectText = run(subject, model, Part.SUBJECT)
                .replaceAll("\\s*[\\r\\n]+\\s*", " ")
                .strip();
        String bodyText = run(body, model, Part.BODY);
        return new Rendered(subjectText, bodyText);
    }

    /** A filled-in subject and body. */
    public record Rendered(String subject, String body) {}

    // Which half of the template a problem is in; each has its own message.
    private enum Part {
        SUBJECT("mail.error.subjectSyntax", "mail.error.subjectPlaceholder"),
        BODY("mail.error.bodySyntax", "mail.error.bodyPlaceholder");

        final String syntaxKey;
        final String placeholderKey;

        Part(String syntaxKey, String placeholderKey) {
            this.syntaxKey = syntaxKey;
            this.placeholderKey = placeholderKey;
        }
    }

    static Map<String, Object> model(Summary summary, MailSettings settings) {
        Map<String, Object> model = new LinkedHashMap<>();
        Recipient recipient = summary.recipient();
        model.put("氏名", recipient.name());
        model.put("所属", recipient.organisation());
        model.put("交流会名", summary.eventName());
        model.put("開催日", summary.eventDate() == null ? "" : JAPANESE_DATE.format(summary.eventDate()));
        model.put("会場", summary.venue());
        model.put("テーブル番号", recipient.tableNumber() == null ? "" : String.valueOf(recipient.tableNumber()));
        model.put("テーマ", summary.themeName());
        model.put("アドバイザー", summary.advisor());
        model.put("ファシリテーター", summary.facilitator());
        model.put("共通の関心点", summary.interests());
        model.put(
                "つながりの芽",
                summary.seeds().stream()
                        .map(seed -> Map.of("内容", seed.text(), "関係者", String.join("、", seed.people())))
                        .toList());
        model.put(
                "次の一歩",
                summary.steps().stream()
                        .map(step -> Map.of(
                                "内容",
                                step.text(),
                                "担当",
                                step.owner(),
                                "期限",
                                step.due() == null ? "" : JAPANESE_DATE.format(step.due())))
                        .toList());
        model.put(
                "同じテーブルの方",
                summary.tablemates().stream()
                        .map(mate -> Map.of("氏名", mate.name(), "所属", mate.organisation(), "メール", mate.sharedEmail()))
                        .toList());
        model.put("事務局", settings.fromName());
        model.put("事務局メール", settings.replyTo().isEmpty() ? settings.fromAddress() : settings.replyTo());
        return model;
    }

    // A recipient with one of everything, so that every placeholder of a template is tried on save.
    private static Summary sample() {
        Recipient recipient = new Recipient(0, "見本 太郎", "見本株式会社", "sample@example.jp", true, 1);
        return new Summary(
                recipient,
                "見本の交流会",
                LocalDate.of(2026, 12, 5),
                "会場",
                "テーマ",
                "アドバイザー",
                "ファシリテーター",
                List.of("関心点"),
                List.of(new Summary.Seed("つながりの芽", List.of("見本 太郎", "見本 花子"))),
                List.of(new Summary.Step("次の一歩", "見本 太郎", LocalDate.of(2026, 12, 20))),
                List.of(new Tablemate(1, "見本 花子", "見本協会", "hanako@example.jp")));
    }
}
