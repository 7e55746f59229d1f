package jp.tsunagu.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange;
import jp.tsunagu.store.WholeFile;

/**
 * The summary email (product.md): settings, the event's templates, who gets what, previews, .eml
 * drafts and sending. Sending is resumable and never sends a summary twice by accident: each
 * recipient is marked {@code uncertain} in the store (committed) before the message is handed to
 * the server, then {@code sent} or {@code failed}. A run sends only to those with no line or a
 * failed one; an uncertain one only when the user says so.
 */
public final class MailService {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    public static final long MAX_PAUSE_MILLIS = 10 * 60 * 1000;
    private static final long PAUSE_STEP_MILLIS = 50;

    private final Database database;
    private final Sources sources;
    private final MailPasswords passwords;
    private final Outbox.Factory outboxes;
    private final Clock clock;

    /** Where a summary's facts come from: each from the owner of that data (decision 0006). */
    public record Sources(
            EventService events, Registrants registrants, Turnout turnout, Seats seats, Outcomes outcomes) {}

    public MailService(Database database, Sources sources, MailPasswords passwords) {
        this(database, sources, passwords, SmtpOutbox::open, Clock.systemUTC());
    }

    public MailService(
            Database database, Sources sources, MailPasswords passwords, Outbox.Factory outboxes, Clock clock) {
        this.database = database;
        this.sources = sources;
        this.passwords = passwords;
        this.outboxes = outboxes;
        this.clock = clock;
    }

    public MailPasswords passwords() {
        return passwords;
    }

    // ---- settings

    public MailSettings settings() {
        return database.read(MailStore::settings);
    }

    /** Checks and keeps the settings; a bad value is refused with the field named. */
    public MailSettings saveSettings(MailSettings settings) {
        if (settings.port() < 1 || settings.port() > 65535) {
            throw new UserError("mail.error.port", settings.port());
        }
        checkAddress(settings.fromAddress(), "mail.error.fromAddress");
        checkAddress(settings.replyTo(), "mail.error.replyTo");
        if (settings.pauseMillis() < 0 || settings.pauseMillis() > MAX_PAUSE_MILLIS) {
            throw new UserError("mail.error.pause", MAX_PAUSE_MILLIS / 1000);
        }
        if (!settings.passwordEnv().isEmpty()
                && !ENV_NAME.matcher(settings.passwordEnv()).matches()) {
            throw new UserError("mail.error.passwordEnv", settings.passwordEnv());
        }
        database.inTransaction(c -> {
            MailStore.saveSettings(c, settings);
            database.changed(0, StoreChange.Topic.MAIL);
            return null;
        });
        return settings;
    }

    /** Refuses an address of the wrong form, as a {@link UserError} of {@code key}; an empty one is no address. */
    public static void checkAddress(String address, String key) {
        if (address.isEmpty()) {
            return;
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw new UserError(e, key, address);
        }
    }

    // ---- templates

    /** The event's templates: the user's, or the Japanese defaults. */
    public MailTemplate template(long eventId) {
        return database.read(c -> MailStore.template(c, eventId)).orElseGet(SummaryTemplate::defaults);
    }

    public boolean templateChanged(long eventId) {
        return database.read(c -> MailStore.template(c, eventId)).isPresent();
    }

    /** Keeps the event's templates once they compile and every placeholder exists. */
    public void saveTemplate(long eventId, MailTemplate template) {
        SummaryTemplate.of(template);
        database.inTransaction(c -> {
            MailStore.saveTemplate(c, eventId, template);
            database.changed(eventId, StoreChange.Topic.MAIL);
            return null;
        });
    }

    /** Goes back to the default templates. */
    public void resetTemplate(long eventId) {
        database.inTransaction(c -> {
            MailStore.deleteTemplate(c, eventId);
            database.changed(eventId, StoreChange.Topic.MAIL);
            return null;
        });
    }

    // ---- who gets what

    /** Every participant checked in, by table, with whose addresses they will see and the send log's line. */
    public List<PlannedRecipient> plan(long eventId) {
        return database.read(c -> {
            List<Summary> summaries = SummaryReader.read(
                    sources.events().plan(eventId),
                    sources.registrants().list(eventId, RegistrantFilter.ALL),
                    checkedIn(eventId),
                    sources.seats().of(eventId),
                    sources.outcomes().list(eventId));
            Map<Long, LogEntry> log = MailStore.log(c, eventId);
            List<PlannedRecipient> plan = new ArrayList<>();
            for (Summary summary : summaries) {
                // Without an address of their own they get no message, so they see nobody's.
                List<String> shared = !summary.recipient().hasEmail()
                        ? List.of()
                        : summary.tablemates().stream()
                                .filter(Tablemate::sharesEmail)
                                .map(Tablemate::name)
                                .toList();
                plan.add(new PlannedRecipient(
                        summary, shared, log.get(summary.recipient().personId())));
            }
            return plan;
        });
    }

    private Set<Long> checkedIn(long eventId) {
        Set<Long> ids = new java.util.HashSet<>();
        sources.turnout().of(eventId).forEach((id, entry) -> {
            if (entry.attended()) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The recipient with this address, or a clear error when nobody checked in has it. */
    public PlannedRecipient recipientByEmail(long eventId, String email) {
        return plan(eventId).stream()
                .filter(p -> p.email().equalsIgnoreCase(email.strip()))
                .findFirst()
                .orElseThrow(() -> new UserError("mail.error.noSuchRecipient", email));
    }

    public PlannedRecipient recipientById(long eventId, long personId) {
        return plan(eventId).stream()
                .filter(p -> p.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new UserError("mail.error.noSuchRecipient", personId));
    }

    /** One recipient's message as it would be sent, with the event's saved templates. */
    public MailPreview preview(long eventId, long personId) {
        return preview(eventId, personId, template(eventId));
    }

    /** One recipient's message with {@code template} (the window's live preview of unsaved edits). */
    public MailPreview preview(long eventId, long personId, MailTemplate template) {
        PlannedRecipient recipient = recipientById(eventId, personId);
        SummaryTemplate.Rendered rendered = SummaryTemplate.of(template).render(recipient.summary(), settings());
        return new MailPreview(personId, recipient.name(), recipient.email(), rendered.subject(), rendered.body());
    }

    // ---- offline drafts

    /** One {@code .eml} draft per recipient with an address (sent or not), marked unsent; records nothing. */
    public EmlResult writeEml(long eventId, Path folder) {
        MailSettings settings = settings();
        SummaryTemplate template = SummaryTemplate.of(template(eventId));
        Session session = SmtpOutbox.session(settings);
        List<Path> files = new ArrayList<>();
        List<String> noEmail = new ArrayList<>();
        int number = 0;
        for (PlannedRecipient recipient : plan(eventId)) {
            if (!recipient.hasEmail()) {
                noEmail.add(recipient.name());
                continue;
            }
            number++;
            Path file = folder.resolve(String.format("%03d_%s.eml", number, fileSafe(recipient.name())));
            try {
                SummaryTemplate.Rendered rendered = template.render(recipient.summary(), settings);
                MimeMessage message = SummaryMessage.create(
                        session,
                        settings,
                        recipient.name(),
                        recipient.email(),
                        rendered.subject(),
                        rendered.body(),
                        true);
                Files.createDirectories(folder);
                WholeFile.write(file, out -> {
                    try {
                        message.writeTo(out);
                    } catch (MessagingException e) {
                        throw new IOException(e);
                    }
                });
            } catch (MessagingException e) {
                throw new UserError(e, "mail.error.address", recipient.name(), recipient.email());
            } catch (IOException e) {
                throw new UserError(e, "mail.error.emlWrite", file, e.getMessage());
            }
            files.add(file);
        }
        return new EmlResult(files, noEmail);
    }

    private static String fileSafe(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_");
        return safe.isEmpty() ? "recipient" : safe;
    }

    // ---- sending

    /**
     * Sends each recipient their summary (those {@code options} name), pausing between messages as
     * the settings say; see the class comment for how a cut-off run is made safe.
     */
    public SendReport send(long eventId, SendOptions options, String password, SendProgress progress) {
        long start = System.nanoTime();
        MailSettings settings = readyToSend();
        SummaryTemplate template = SummaryTemplate.of(template(eventId));
        List<SendReport.Line> sent = new ArrayList<>();
        List<SendReport.Line> failed = new ArrayList<>();
        List<SendReport.Line> uncertain = new ArrayList<>();
        List<String> noEmail = new ArrayList<>();
        List<PlannedRecipient> due = new ArrayList<>();
        int alreadySent = 0;
        for (PlannedRecipient recipient : plan(eventId)) {
            if (!recipient.hasEmail()) {
                if (options.only().isEmpty()) {
                    noEmail.add(recipient.name());
                }
                continue;
            }
            if (!options.includes(recipient.email())) {
                continue;
            }
            SendStatus status = recipient.log() == null ? null : recipient.log().status();
            if (status == SendStatus.SENT) {
                alreadySent++;
            } else if (status == SendStatus.UNCERTAIN && !options.retryUncertain()) {
                uncertain.add(line(recipient, ""));
            } else {
                due.add(recipient);
            }
        }
        boolean cancelled = false;
        String stopped = "";
        int reached = 0;
        if (!due.isEmpty()) {
            try (Outbox outbox = open(settings, password)) {
                for (PlannedRecipient recipient : due) {
                    if (progress.cancelled()) {
                        cancelled = true;
                        break;
                    }
                    if (reached > 0 && pause(settings.pauseMillis(), progress)) {
                        cancelled = true;
                        break;
                    }
                    progress.sending(reached, due.size(), recipient.name());
                    MimeMessage message;
                    try {
                        SummaryTemplate.Rendered rendered = template.render(recipient.summary(), settings);
                        message = SummaryMessage.create(
                                outbox.session(),
                                settings,
                                recipient.name(),
                                recipient.email(),
                                rendered.subject(),
                                rendered.body(),
                                false);
                    } catch (MessagingException e) {
                        // A malformed address: nothing was handed to the server.
                        LogEntry entry = record(eventId, recipient, SendStatus.FAILED, reason(e), "");
                        failed.add(line(recipient, entry.reason()));
                        progress.result(recipient.personId(), entry);
                        reached++;
                        continue;
                    }
                    try {
                        outbox.ready();
                    } catch (MessagingException e) {
                        stopped = reason(e);
                        break;
                    }
                    String messageId = messageId(message);
                    record(eventId, recipient, SendStatus.UNCERTAIN, "", messageId);
                    reached++;
                    LogEntry entry;
                    try {
                        outbox.send(message);
                        entry = record(eventId, recipient, SendStatus.SENT, "", messageId);
                        sent.add(line(recipient, ""));
                    } catch (SendFailedException e) {
                        // The server answered no (a refused address, a rejected message): it was not taken.
                        entry = record(eventId, recipient, SendStatus.FAILED, reason(e), messageId);
                        failed.add(line(recipient, entry.reason()));
                    } catch (MessagingException e) {
                        // Cut off while handing it over: it may or may not have arrived. Stays uncertain.
                        entry = new LogEntry(
                                recipient.personId(),
                                recipient.email(),
                                SendStatus.UNCERTAIN,
                                clock.instant(),
                                reason(e),
                                messageId);
                        record(eventId, entry);
                        uncertain.add(line(recipient, entry.reason()));
                        outbox.close();
                    }
                    progress.result(recipient.personId(), entry);
                }
                progress.sending(reached, due.size(), "");
            }
        }
        return new SendReport(
                sent,
                alreadySent,
                failed,
                uncertain,
                noEmail,
                (System.nanoTime() - start) / 1_000_000,
                cancelled,
                due.size() - reached,
                stopped);
    }

    /**
     * Sends one recipient's summary (the first one when {@code personId} is null) to {@code to}, the
     * user's own address, with {@code subjectPrefix} before the subject. Records nothing.
     */
    public MailPreview testSend(long eventId, Long personId, String to, String password, String subjectPrefix) {
        MailSettings settings = readyToSend();
        checkAddress(to.strip(), "mail.error.testAddress");
        if (to.isBlank()) {
            throw new UserError("mail.error.testAddress", to);
        }
        List<PlannedRecipient> plan = plan(eventId);
        if (plan.isEmpty()) {
            throw new UserError("mail.error.noRecipients");
        }
        PlannedRecipient sample = personId == null
                ? plan.getFirst()
                : plan.stream()
                        .filter(p -> p.personId() == personId)
                        .findFirst()
                        .orElseThrow(() -> new UserError("mail.error.noSuchRecipient", personId));
        SummaryTemplate.Rendered rendered =
                SummaryTemplate.of(template(eventId)).render(sample.summary(), settings);
        String subject = subjectPrefix + rendered.subject();
        try (Outbox outbox = open(settings, password)) {
            MimeMessage message =
                    SummaryMessage.create(outbox.session(), settings, "", to.strip(), subject, rendered.body(), false);
            outbox.send(message);
        } catch (MessagingException e) {
            throw new UserError(e, "mail.error.testFailed", to, reason(e));
        }
        return new MailPreview(sample.personId(), sample.name(), to.strip(), subject, rendered.body());
    }

    /** The send log of the event, by person id. */
    public Map<Long, LogEntry> log(long eventId) {
        return database.read(c -> MailStore.log(c, eventId));
    }

    private MailSettings readyToSend() {
        MailSettings settings = settings();
        if (!settings.isComplete()) {
            throw new UserError("mail.error.notSet");
        }
        return settings;
    }

    private Outbox open(MailSettings settings, String password) {
        if (settings.needsPassword() && (password == null || password.isEmpty())) {
            throw new UserError("mail.error.noPassword", settings.user(), settings.host());
        }
        try {
            return outboxes.open(settings, password);
        } catch (MessagingException e) {
            throw new UserError(e, "mail.error.connect", settings.host(), settings.port(), reason(e));
        }
    }

    // Sleeps in short steps so that a cancel is heard at once; true when the user cancelled.
    private static boolean pause(long millis, SendProgress progress) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (progress.cancelled()) {
                return true;
            }
            try {
                Thread.sleep(Math.min(PAUSE_STEP_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return progress.cancelled();
    }

    private LogEntry record(long eventId, PlannedRecipient recipient, SendStatus status, String reason, String id) {
        LogEntry entry = new LogEntry(recipient.personId(), recipient.email(), status, clock.instant(), reason, id);
        record(eventId, entry);
        return entry;
    }

    private void record(long eventId, LogEntry entry) {
        database.inTransaction(c -> {
            MailStore.record(c, eventId, entry);
            database.changed(eventId, StoreChange.Topic.MAIL);
            return null;
        });
    }

    private static SendReport.Line line(PlannedRecipient recipient, String reason) {
        return new SendReport.Line(recipient.personId(), recipient.name(), recipient.email(), reason);
    }

    private static String messageId(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getMessageID()).orElse("");
        } catch (MessagingException e) {
            return "";
        }
    }

    // The innermost message: for a refused address, the server's own reply ("550 5.1.1 ...").
    static String reason(Exception e) {
        String reason = e.getMessage();
        Throwable next = e instanceof MessagingException m ? m.getNextException() : e.getCause();
        while (next != null) {
            if (next.getMessage() != null && !next.getMessage().isBlank()) {
                reason = next.getMessage();
            }
            next = next instanceof MessagingException m ? m.getNextException() : next.getCause();
        }
        return reason == null ? e.getClass().getSimpleName() : reason.strip();
    }
}
