package jp.tsunagu.ui.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.mail.EmlResult;
import jp.tsunagu.mail.LogEntry;
import jp.tsunagu.mail.MailPreset;
import jp.tsunagu.mail.MailService;
import jp.tsunagu.mail.MailSettings;
import jp.tsunagu.mail.MailTemplate;
import jp.tsunagu.mail.PlannedRecipient;
import jp.tsunagu.mail.SendOptions;
import jp.tsunagu.mail.SendProgress;
import jp.tsunagu.mail.SendReport;
import jp.tsunagu.mail.SendStatus;
import jp.tsunagu.mail.SmtpSecurity;
import jp.tsunagu.mail.SummaryTemplate;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.TaskRunner;
import jp.tsunagu.ui.UiContext;

/**
 * The 送信 tab: the mail settings, the event's templates with a live preview for any recipient
 * (the same text {@code mail preview} prints), who gets what and who sees whose address, a test
 * send, sending with progress and cancel, and each recipient's result.
 */
public final class MailViewModel {
    private final UiContext context;
    private final MailService mail;

    // Settings
    public final ObjectProperty<MailPreset> preset = new SimpleObjectProperty<>();
    public final StringProperty host = new SimpleStringProperty("");
    public final StringProperty port = new SimpleStringProperty("");
    public final ObjectProperty<SmtpSecurity> security = new SimpleObjectProperty<>(SmtpSecurity.STARTTLS);
    public final StringProperty fromAddress = new SimpleStringProperty("");
    public final StringProperty fromName = new SimpleStringProperty("");
    public final StringProperty replyTo = new SimpleStringProperty("");
    public final StringProperty user = new SimpleStringProperty("");
    public final StringProperty password = new SimpleStringProperty("");
    public final BooleanProperty keepPassword = new SimpleBooleanProperty(false);
    public final StringProperty pauseSeconds = new SimpleStringProperty("1");
    // What is wrong with a settings field, written under it as it is typed (null: nothing).
    public final javafx.beans.binding.StringBinding portProblem;
    public final javafx.beans.binding.StringBinding pauseProblem;
    public final javafx.beans.binding.StringBinding fromProblem;
    public final javafx.beans.binding.StringBinding replyToProblem;
    public final javafx.beans.binding.BooleanBinding settingsValid;
    private final ReadOnlyStringWrapper passwordState = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper settingsComplete =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    // Templates and preview
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    public final ObjectProperty<RecipientRow> previewFor = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper previewTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper templateProblem = new ReadOnlyStringWrapper("");

    // Recipients and sending
    public final ObservableList<RecipientRow> recipients = FXCollections.observableArrayList();
    public final StringProperty testAddress = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper anyUncertain =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    private Event event;
    // The settings as last read or saved: what the fields do not show (the password's variable) comes from here.
    private MailSettings stored = MailSettings.EMPTY;
    /** How long the preview waits after a key in the template before it reads the store. */
    static final long PREVIEW_PAUSE_MILLIS = 200;

    private boolean filling;

    public MailViewModel(UiContext context, MailService mail) {
        this.context = context;
        this.mail = mail;
        portProblem = javafx.beans.binding.Bindings.createStringBinding(
                () -> portNumber().isPresent()
                        ? null
                        : context.text("mail.error.port", port.get().strip()),
                port);
        pauseProblem = javafx.beans.binding.Bindings.createStringBinding(
                () -> pauseMillis().isPresent()
                        ? null
                        : context.text("mail.error.pause", MailService.MAX_PAUSE_MILLIS / 1000),
                pauseSeconds);
        fromProblem = addressProblem(fromAddress, "mail.error.fromAddress");
        replyToProblem = addressProblem(replyTo, "mail.error.replyTo");
        settingsValid = portProblem
                .isNull()
                .and(pauseProblem.isNull())
                .and(fromProblem.isNull())
                .and(replyToProblem.isNull());
        subject.addListener((o, old, now) -> refreshPreview());
        body.addListener((o, old, now) -> refreshPreview());
        previewFor.addListener((o, old, now) -> refreshPreview());
        preset.addListener((o, old, now) -> {
            if (now != null && !filling) {
                host.set(now.host());
                port.set(String.valueOf(now.port()));
                security.set(now.security());
            }
        });
    }

    /** What the tab reads when shown: the app's mail settings and the event's templates. */
    private record Stored(MailSettings settings, MailTemplate template) {}

    /** Shows the 送信 tab for {@code shown}: the settings, its templates and its recipients (read off the FX thread). */
    public void show(Event shown) {
        this.event = shown;
        long eventId = shown.id();
        context.tasks()
                .read(
                        "mailShown",
                        () -> new Stored(mail.settings(), mail.template(eventId)),
                        stored -> {
                            if (event == null || event.id() != eventId) {
                                return;
                            }
                            filling = true;
                            try {
                                fill(stored.settings());
                                subject.set(stored.template().subject());
                                body.set(stored.template().body());
                            } finally {
                                filling = false;
                            }
                            refreshRecipients();
                            refreshPreview();
                        },
                        failure -> failed(context.text("mail.ui.settings"), failure));
    }

    private void fill(MailSettings s) {
        stored = s;
        preset.set(null);
        host.set(s.host());
        port.set(String.valueOf(s.port()));
        security.set(s.security());
        fromAddress.set(s.fromAddress());
        fromName.set(s.fromName());
        replyTo.set(s.replyTo());
        user.set(s.user());
        pauseSeconds.set(seconds(s.pauseMillis()));
        password.set("");
        passwordState.set(passwordStateText(s));
        settingsComplete.set(s.isComplete());
    }

    /** Whether a server and a sender are set (the window opens the settings while they are not). */
    public javafx.beans.property.ReadOnlyBooleanProperty settingsCompleteProperty() {
        return settingsComplete.getReadOnlyProperty();
    }

    /** Whether someone's sending was cut off (the button to send to them again is offered then). */
    public javafx.beans.property.ReadOnlyBooleanProperty anyUncertainProperty() {
        return anyUncertain.getReadOnlyProperty();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    private String passwordStateText(MailSettings s) {
        if (!s.needsPassword()) {
            return context.text("mail.ui.password.none");
        }
        if (mail.passwords().find(s, name -> null).isPresent()) {
            return context.text("mail.ui.password.known");
        }
        return context.text("mail.ui.password.missing");
    }

    // ---- settings

    /**
     * Keeps the settings (and the password as chosen), off the FX thread; false when a field is
     * wrong (said under it, nothing is stored then).
     */
    public boolean saveSettings() {
        Optional<MailSettings> settings = settingsFromFields();
        if (settings.isEmpty()) {
            return false;
        }
        String typed = password.get();
        boolean keep = keepPassword.get();
        context.tasks()
                .change(
                        () -> {
                            MailSettings saved = mail.saveSettings(settings.get());
                            boolean kept = typed.isEmpty() || mail.passwords().remember(saved, typed, keep);
                            return new Saved(saved, kept);
                        },
                        done -> {
                            if (!typed.isEmpty() && keep && !done.kept()) {
                                context.dialogs()
                                        .showInformation(
                                                context.text("mail.ui.settings"),
                                                context.text("mail.ui.password.notKept"));
                            }
                            fill(done.settings());
                            status.set(context.text("mail.ui.settingsSaved"));
                        },
                        failure -> failed(context.text("mail.ui.settings"), failure));
        return true;
    }

    private record Saved(MailSettings settings, boolean kept) {}

    private javafx.beans.binding.StringBinding addressProblem(StringProperty address, String key) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                    try {
                        MailService.checkAddress(address.get().strip(), key);
                        return null;
                    } catch (UserError e) {
                        return e.describe(context.messages());
                    }
                },
                address);
    }

    private Optional<Integer> portNumber() {
        try {
            int number = Integer.parseInt(port.get().strip());
            return number >= 1 && number <= 65535 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> pauseMillis() {
        try {
            long millis = Math.round(Double.parseDouble(pauseSeconds.get().strip()) * 1000);
            return millis >= 0 && millis <= MailService.MAX_PAUSE_MILLIS ? Optional.of(millis) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<MailSettings> settingsFromFields() {
        // The fields say what is wrong under themselves; the save button is off meanwhile.
        if (!settingsValid.get()) {
            return Optional.empty();
        }
        MailSettings current = stored;
        return Optional.of(new MailSettings(
                host.get(),
                portNumber().orElseThrow(),
                security.get(),
                fromAddress.get(),
                fromName.get(),
                replyTo.get(),
                user.get(),
                current.passwordEnv(),
                pauseMillis().orElseThrow()));
    }

    public ReadOnlyStringProperty passwordStateProperty() {
        return passwordState.getReadOnlyProperty();
    }

    // ---- templates

    public void saveTemplate() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        MailTemplate typed = new MailTemplate(subject.get(), body.get());
        context.tasks()
                .change(
                        () -> {
                            mail.saveTemplate(eventId, typed);
                            return typed;
                        },
                        saved -> status.set(context.text("mail.ui.templateSaved")),
                        failure -> failed(context.text("mail.ui.template"), failure));
    }

    /** Back to the default templates, after asking. */
    public void resetTemplate() {
        if (event == null
                || !context.dialogs()
                        .confirm(context.text("mail.ui.template"), context.text("mail.ui.resetQuestion"))) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .change(
                        () -> {
                            mail.resetTemplate(eventId);
                            return SummaryTemplate.defaults();
                        },
                        template -> {
                            subject.set(template.subject());
                            body.set(template.body());
                            status.set(context.text("mail.ui.templateReset"));
                        },
                        failure -> failed(context.text("mail.ui.template"), failure));
    }

    /** The preview follows every keystroke: the unsaved template, for the chosen recipient. */
    private void refreshPreview() {
        if (filling || event == null) {
            return;
        }
        RecipientRow row = previewFor.get();
        try {
            SummaryTemplate.of(new MailTemplate(subject.get(), body.get()));
            templateProblem.set("");
        } catch (UserError e) {
            templateProblem.set(e.describe(context.messages()));
            return;
        }
        if (row == null) {
            previewTo.set("");
            previewSubject.set("");
            previewBody.set(context.text("mail.ui.noRecipients"));
            return;
        }
        // Read off the FX thread after a pause in typing; a newer keystroke's preview replaces this one.
        long eventId = event.id();
        MailTemplate typed = new MailTemplate(subject.get(), body.get());
        context.tasks()
                .readAfter(
                        "mailPreview",
                        PREVIEW_PAUSE_MILLIS,
                        () -> mail.preview(eventId, row.personId(), typed),
                        preview -> {
                            previewTo.set(
                                    preview.to().isEmpty()
                                            ? context.text("mail.ui.noEmail")
                                            : preview.name() + " <" + preview.to() + ">");
                            previewSubject.set(preview.subject());
                            previewBody.set(preview.body());
                        },
                        failure -> failed(context.text("mail.ui.template"), failure));
    }

    public ReadOnlyStringProperty previewToProperty() {
        return previewTo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /** What is wrong with the template being typed (empty when nothing). */
    public ReadOnlyStringProperty templateProblemProperty() {
        return templateProblem.getReadOnlyProperty();
    }

    // ---- recipients

    public void refreshRecipients() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "mailRecipients",
                        () -> mail.plan(eventId),
                        plan -> {
                            if (event != null && event.id() == eventId) {
                                recipientsRead(plan);
                            }
                        },
                        failure -> failed(context.text("mail.ui.send"), failure));
    }

    private void recipientsRead(List<PlannedRecipient> plan) {
        Long previewed = previewFor.get() == null ? null : previewFor.get().personId();
        recipients.setAll(plan.stream().map(this::row).toList());
        int withEmail = (int) plan.stream().filter(PlannedRecipient::hasEmail).count();
        long sent = plan.stream()
                .filter(p -> p.log() != null && p.log().status() == SendStatus.SENT)
                .count();
        long uncertain = plan.stream()
                .filter(p -> p.log() != null && p.log().status() == SendStatus.UNCERTAIN)
                .count();
        summary.set(context.text("mail.ui.summary", plan.size(), withEmail, plan.size() - withEmail, sent, uncertain));
        anyUncertain.set(uncertain > 0);
        RecipientRow keep = recipients.stream()
                .filter(r -> previewed != null && r.personId() == previewed)
                .findFirst()
                .orElse(recipients.isEmpty() ? null : recipients.getFirst());
        previewFor.set(keep);
    }

    private RecipientRow row(PlannedRecipient p) {
        String gets = p.hasEmail()
                ? context.text(
                        "mail.ui.gets",
                        p.summary().tablemates().size(),
                        p.sharedWith().size())
                : context.text("mail.ui.noEmail");
        String sees = String.join("、", p.sharedWith());
        return new RecipientRow(
                p.personId(),
                p.name(),
                p.email(),
                p.recipient().tableNumber() == null
                        ? ""
                        : String.valueOf(p.recipient().tableNumber()),
                gets,
                sees,
                p.log() == null ? null : p.log().status(),
                p.log() == null ? "" : p.log().reason());
    }

    /** The row's sending state in the user's words. */
    public String statusText(RecipientRow row) {
        if (!row.hasEmail()) {
            return "";
        }
        return row.state() == null
                ? context.text("mail.ui.notYet")
                : context.text(row.state().labelKey());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---- sending

    /** Sends the shown recipient's summary to the test address; records nothing. */
    public void testSend() {
        if (event == null) {
            return;
        }
        Optional<String> secret = password();
        if (secret.isEmpty()) {
            return;
        }
        long eventId = event.id();
        Long personId = previewFor.get() == null ? null : previewFor.get().personId();
        String to = testAddress.get();
        status.set(context.text("mail.ui.testing", to));
        context.tasks()
                .run(
                        context.text("mail.ui.testing", to),
                        progress -> mail.testSend(
                                eventId, personId, to, secret.get(), context.text("mail.test.subjectPrefix")),
                        sample -> status.set(context.text("mail.ui.tested", sample.name(), sample.to())),
                        failure -> failed(context.text("mail.ui.testSend"), failure));
    }

    /**
     * Sends to everyone not yet sent, after the user has seen how many and who sees whose address.
     * {@code retryUncertain}: also those cut off last time, after a second warning.
     */
    public void send(boolean retryUncertain) {
        if (event == null) {
            return;
        }
        Optional<String> secret = password();
        if (secret.isEmpty()) {
            return;
        }
        long due = recipients.stream().filter(r -> r.due(retryUncertain)).count();
        if (due == 0) {
            context.dialogs().showInformation(context.text("mail.ui.send"), context.text("mail.ui.nothingToSend"));
            return;
        }
        long sharing = recipients.stream()
                .filter(r -> r.due(retryUncertain) && !r.sees().isEmpty())
                .count();
        String question = context.text("mail.ui.sendQuestion", due, sharing)
                + (retryUncertain ? "\n\n" + context.text("mail.ui.retryWarning") : "");
        if (!context.dialogs().confirm(context.text("mail.ui.send"), question)) {
            return;
        }
        long eventId = event.id();
        status.set(context.text("mail.ui.sending", 0, due));
        context.tasks()
                .run(
                        context.text("mail.ui.sendingTitle"),
                        progress -> mail.send(
                                eventId, new SendOptions(Set.of(), retryUncertain), secret.get(), adapter(progress)),
                        this::sent,
                        failure -> failed(context.text("mail.ui.send"), failure));
    }

    private SendProgress adapter(TaskRunner.Progress progress) {
        return new SendProgress() {
            @Override
            public void sending(int done, int total, String name) {
                progress.update(done, total);
                if (!name.isEmpty()) {
                    progress.message(name);
                }
                onFx(() -> status.set(context.text("mail.ui.sending", done, total)));
            }

            @Override
            public void result(long personId, LogEntry entry) {
                onFx(() -> {
                    for (int i = 0; i < recipients.size(); i++) {
                        RecipientRow r = recipients.get(i);
                        if (r.personId() == personId) {
                            recipients.set(i, r.with(entry.status(), entry.reason()));
                        }
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }

    // Results of the work thread reach the list on the window's thread; tests run on it already.
    private static void onFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            try {
                Platform.runLater(work);
            } catch (IllegalStateException toolkitNotRunning) {
                work.run();
            }
        }
    }

    private void sent(SendReport report) {
        refreshRecipients();
        StringBuilder text = new StringBuilder(context.text(
                "mail.ui.sent",
                report.sent().size(),
                report.alreadySent(),
                report.failed().size(),
                report.uncertain().size()));
        if (report.cancelled()) {
            text.append(' ').append(context.text("mail.ui.cancelled", report.notReached()));
        }
        if (!report.stoppedReason().isEmpty()) {
            text.append(' ').append(context.text("mail.cli.send.stopped", report.notReached(), report.stoppedReason()));
        }
        status.set(text.toString());
        if (!report.failed().isEmpty() || !report.uncertain().isEmpty()) {
            context.dialogs()
                    .showInformation(
                            context.text("mail.ui.send"), text + "\n\n" + context.text("mail.ui.afterFailures"));
        }
    }

    /** Writes one .eml draft per recipient into a folder the user names; records nothing. */
    public void writeEml() {
        if (event == null) {
            return;
        }
        Optional<Path> folder = context.dialogs()
                .chooseFileToSave(
                        context.text("mail.ui.emlTitle"),
                        context.text("mail.ui.emlFolder", event.name()),
                        List.of(new DialogService.FileKind(context.text("mail.ui.emlKind"), List.of("*"))));
        if (folder.isEmpty()) {
            return;
        }
        long eventId = event.id();
        Path target = folder.get();
        context.tasks()
                .run(
                        context.text("mail.ui.emlTitle"),
                        progress -> mail.writeEml(eventId, target),
                        (EmlResult result) -> {
                            status.set(context.text(
                                    "mail.ui.emlWritten", result.files().size(), target));
                            context.dialogs().openInSystemViewer(target);
                        },
                        failure -> failed(context.text("mail.ui.emlTitle"), failure));
    }

    // The password from the environment, this app start or the credential store, else the field; none: say so.
    private Optional<String> password() {
        MailSettings settings = mail.settings();
        if (!settings.isComplete()) {
            context.dialogs().showError(context.text("mail.ui.send"), context.text("mail.error.notSet"));
            return Optional.empty();
        }
        if (!settings.needsPassword()) {
            return Optional.of("");
        }
        if (!password.get().isEmpty()) {
            mail.passwords().remember(settings, password.get(), keepPassword.get());
            return Optional.of(password.get());
        }
        Optional<String> known = mail.passwords().find(settings, System::getenv);
        if (known.isEmpty()) {
            context.dialogs()
                    .showError(
                            context.text("mail.ui.send"),
                            context.text("mail.error.noPassword", settings.user(), settings.host()));
        }
        return known;
    }

    private void failed(String title, Throwable failure) {
        String text = failure instanceof UserError e ? e.describe(context.messages()) : String.valueOf(failure);
        status.set(text);
        context.dialogs().showError(title, text);
    }

    /** The log as it stands, for tests. */
    Map<Long, LogEntry> log() {
        return event == null ? Map.of() : mail.log(event.id());
    }
}
