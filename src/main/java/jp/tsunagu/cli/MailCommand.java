package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.mail.EmlResult;
import jp.tsunagu.mail.LogEntry;
import jp.tsunagu.mail.MailPreset;
import jp.tsunagu.mail.MailPreview;
import jp.tsunagu.mail.MailService;
import jp.tsunagu.mail.MailSettings;
import jp.tsunagu.mail.PlannedRecipient;
import jp.tsunagu.mail.SendOptions;
import jp.tsunagu.mail.SendProgress;
import jp.tsunagu.mail.SendReport;
import jp.tsunagu.mail.SendStatus;
import jp.tsunagu.mail.SmtpSecurity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mail settings | preview | eml | send}: the summary email of cli.md, through {@link MailService}. */
@Command(
        name = "mail",
        resourceBundle = "jp.tsunagu.i18n.mail",
        mixinStandardHelpOptions = true,
        subcommands = {
            MailCommand.Settings.class,
            MailCommand.Preview.class,
            MailCommand.Eml.class,
            MailCommand.Send.class
        })
final class MailCommand {

    /** {@code mail settings}: shows the settings, or changes the ones given. */
    @Command(name = "settings", resourceBundle = "jp.tsunagu.i18n.mail", mixinStandardHelpOptions = true)
    static final class Settings implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--preset", paramLabel = "NAME", descriptionKey = "mail.cli.settings.preset")
        String preset;

        @Option(names = "--host", paramLabel = "H", descriptionKey = "mail.cli.settings.host")
        String host;

        @Option(names = "--port", paramLabel = "P", descriptionKey = "mail.cli.settings.port")
        Integer port;

        @Option(names = "--security", paramLabel = "MODE", descriptionKey = "mail.cli.settings.security")
        String security;

        @Option(names = "--from", paramLabel = "ADDR", descriptionKey = "mail.cli.settings.from")
        String from;

        @Option(names = "--from-name", paramLabel = "NAME", descriptionKey = "mail.cli.settings.fromName")
        String fromName;

        @Option(names = "--reply-to", paramLabel = "ADDR", descriptionKey = "mail.cli.settings.replyTo")
        String replyTo;

        @Option(names = "--user", paramLabel = "U", descriptionKey = "mail.cli.settings.user")
        String user;

        @Option(names = "--password-env", paramLabel = "VAR", descriptionKey = "mail.cli.settings.passwordEnv")
        String passwordEnv;

        @Option(names = "--pause", paramLabel = "SECONDS", descriptionKey = "mail.cli.settings.pause")
        Double pauseSeconds;

        Settings(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            MailService mail = context.app().mail();
            MailSettings current = mail.settings();
            if (preset != null) {
                current = current.withPreset(preset(preset));
            }
            MailSettings next = new MailSettings(
                    host != null ? host : current.host(),
                    port != null ? port : current.port(),
                    security != null ? SmtpSecurity.of(security) : current.security(),
                    from != null ? from : current.fromAddress(),
                    fromName != null ? fromName : current.fromName(),
                    replyTo != null ? replyTo : current.replyTo(),
                    user != null ? user : current.user(),
                    passwordEnv != null ? passwordEnv : current.passwordEnv(),
                    pauseSeconds != null ? Math.round(pauseSeconds * 1000) : current.pauseMillis());
            boolean changing = preset != null
                    || host != null
                    || port != null
                    || security != null
                    || from != null
                    || fromName != null
                    || replyTo != null
                    || user != null
                    || passwordEnv != null
                    || pauseSeconds != null;
            MailSettings shown = changing ? mail.saveSettings(next) : current;
            if (changing) {
                context.say("mail.cli.settings.saved");
            }
            context.say(
                    "mail.cli.settings.server",
                    show(shown.host()),
                    shown.port(),
                    context.text(shown.security().labelKey()));
            context.say(
                    "mail.cli.settings.sender",
                    show(shown.fromName()),
                    show(shown.fromAddress()),
                    show(shown.replyTo()));
            context.say("mail.cli.settings.login", show(shown.user()), show(shown.passwordEnv()));
            context.say("mail.cli.settings.pauseLine", shown.pauseMillis() / 1000.0);
            context.printJson(json(shown));
            return Cli.DONE;
        }

        private String show(String value) {
            return value.isEmpty() ? context.text("mail.cli.unset") : value;
        }

        private static MailPreset preset(String name) {
            for (MailPreset preset : MailPreset.values()) {
                if (preset.name().replace('_', '-').equalsIgnoreCase(name)) {
                    return preset;
                }
            }
            throw new UserError("mail.error.preset", name);
        }

        private static Map<String, Object> json(MailSettings s) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("host", s.host());
            json.put("port", s.port());
            json.put("security", s.security().code());
            json.put("from", s.fromAddress());
            json.put("fromName", s.fromName());
            json.put("replyTo", s.replyTo());
            json.put("user", s.user());
            json.put("passwordEnv", s.passwordEnv());
            json.put("pauseMillis", s.pauseMillis());
            return json;
        }
    }

    /** Names one recipient: {@code --email} or {@code --id}. */
    static final class Who {
        @Option(names = "--email", required = true, paramLabel = "EMAIL", descriptionKey = "mail.cli.preview.email")
        String email;

        @Option(names = "--id", required = true, paramLabel = "N", descriptionKey = "mail.cli.preview.id")
        Long id;
    }

    /** {@code mail preview (--email EMAIL | --id N)}. */
    @Command(name = "preview", resourceBundle = "jp.tsunagu.i18n.mail", mixinStandardHelpOptions = true)
    static final class Preview implements Callable<Integer> {
        private final CommandContext context;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        Preview(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            MailService mail = context.app().mail();
            Event event = context.app().events().resolve(context.eventId());
            PlannedRecipient recipient = who.email != null
                    ? mail.recipientByEmail(event.id(), who.email)
                    : mail.recipientById(event.id(), who.id);
            MailPreview preview = mail.preview(event.id(), recipient.personId());
            context.say(
                    "mail.cli.preview.to", preview.to().isEmpty() ? context.text("mail.cli.noAddress") : preview.to());
            context.say("mail.cli.preview.subject", preview.subject());
            context.line("");
            context.line(preview.body());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("to", preview.to());
            json.put("subject", preview.subject());
            json.put("body", preview.body());
            context.printJson(json);
            return Cli.DONE;
        }
    }

    /** {@code mail eml --out DIR}. */
    @Command(name = "eml", resourceBundle = "jp.tsunagu.i18n.mail", mixinStandardHelpOptions = true)
    static final class Eml implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "mail.cli.eml.out")
        Path out;

        Eml(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Event event = context.app().events().resolve(context.eventId());
            EmlResult result = context.app().mail().writeEml(event.id(), out);
            context.say("mail.cli.eml.written", result.files().size(), out.toAbsolutePath());
            if (!result.noEmail().isEmpty()) {
                context.say("mail.cli.noEmail", String.join("、", result.noEmail()));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("written", result.files().size());
            json.put("noEmail", result.noEmail());
            json.put("files", result.files().stream().map(Path::toString).toList());
            context.printJson(json);
            return Cli.DONE;
        }
    }

    /** {@code mail send [--only EMAIL,...] [--test-to ADDR] [--retry-uncertain] [--password-env VAR]}. */
    @Command(name = "send", resourceBundle = "jp.tsunagu.i18n.mail", mixinStandardHelpOptions = true)
    static final class Send implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--only", split = ",", paramLabel = "EMAIL", descriptionKey = "mail.cli.send.only")
        List<String> only = List.of();

        @Option(names = "--test-to", paramLabel = "ADDR", descriptionKey = "mail.cli.send.testTo")
        String testTo;

        @Option(names = "--retry-uncertain", descriptionKey = "mail.cli.send.retryUncertain")
        boolean retryUncertain;

        @Option(names = "--password-env", paramLabel = "VAR", descriptionKey = "mail.cli.send.passwordEnv")
        String passwordEnv;

        Send(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            MailService mail = context.app().mail();
            Event event = context.app().events().resolve(context.eventId());
            String password = password(mail);
            if (testTo != null) {
                MailPreview sample =
                        mail.testSend(event.id(), null, testTo, password, context.text("mail.test.subjectPrefix"));
                context.say("mail.cli.send.tested", sample.name(), sample.to());
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("testTo", sample.to());
                json.put("sample", sample.name());
                json.put("subject", sample.subject());
                context.printJson(json);
                return Cli.DONE;
            }
            SendReport report =
                    mail.send(event.id(), new SendOptions(Set.copyOf(only), retryUncertain), password, progress());
            print(report);
            context.printJson(json(report));
            return report.failed().isEmpty() ? Cli.DONE : Cli.FAILED;
        }

        private String password(MailService mail) {
            MailSettings settings = mail.settings();
            if (passwordEnv != null) {
                String value = System.getenv(passwordEnv);
                if (value == null || value.isEmpty()) {
                    throw new UserError("mail.error.passwordEnvEmpty", passwordEnv);
                }
                return value;
            }
            if (!settings.needsPassword()) {
                return "";
            }
            return mail.passwords().find(settings, System::getenv).orElse("");
        }

        private SendProgress progress() {
            return new SendProgress() {
                @Override
                public void sending(int done, int total, String name) {}

                @Override
                public void result(long personId, LogEntry entry) {
                    String key = entry.status() == SendStatus.SENT
                            ? "mail.cli.send.sentOne"
                            : entry.status() == SendStatus.FAILED
                                    ? "mail.cli.send.failedOne"
                                    : "mail.cli.send.uncertainOne";
                    context.say(key, entry.email(), entry.reason());
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
        }

        private void print(SendReport report) {
            context.say(
                    "mail.cli.send.done",
                    report.sent().size(),
                    report.alreadySent(),
                    report.failed().size(),
                    report.uncertain().size(),
                    report.millis() / 1000.0);
            for (SendReport.Line line : report.uncertain()) {
                context.say("mail.cli.send.uncertainLine", line.name(), line.email());
            }
            if (!report.uncertain().isEmpty()) {
                context.say("mail.cli.send.uncertainHint");
            }
            if (!report.noEmail().isEmpty()) {
                context.say("mail.cli.noEmail", String.join("、", report.noEmail()));
            }
            if (!report.stoppedReason().isEmpty()) {
                context.say("mail.cli.send.stopped", report.notReached(), report.stoppedReason());
            }
        }

        private static Map<String, Object> json(SendReport report) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sent", report.sent().size());
            json.put("alreadySent", report.alreadySent());
            json.put(
                    "failed",
                    report.failed().stream()
                            .map(l -> {
                                Map<String, Object> one = new LinkedHashMap<>();
                                one.put("email", l.email());
                                one.put("reason", l.reason());
                                return one;
                            })
                            .toList());
            json.put(
                    "uncertain",
                    report.uncertain().stream()
                            .map(l -> {
                                Map<String, Object> one = new LinkedHashMap<>();
                                one.put("email", l.email());
                                one.put("name", l.name());
                                return one;
                            })
                            .toList());
            json.put("noEmail", report.noEmail());
            json.put("millis", report.millis());
            json.put("notReached", report.notReached());
            return json;
        }
    }
}
