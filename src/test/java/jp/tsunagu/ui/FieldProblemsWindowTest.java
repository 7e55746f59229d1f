package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.ui.outcome.HeldEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wrong value is said under its field, in the window's language, as it is typed, and the button
 * that would save it stays off: the person dialog, the walk-in form, the mail settings. No error
 * box after the fact.
 */
@Tag("ui")
class FieldProblemsWindowTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxRobot robot = new FxRobot();
    private Messages messages;
    private HeldEvent held;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    private void open(String language, int width, int height) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        messages = Messages.forLocale(locale);
        app = Tsunagu.open(folder.resolve("store.db"));
        Language.choose(app.settings(), locale);
        held = new HeldEvent(app, LocalDate.of(2026, 12, 6));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, dialogs);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    private Labeled problem(String query) {
        return robot.lookup(query + "Problem").queryLabeled();
    }

    private boolean disabled(String query) {
        return robot.lookup(query).query().isDisabled();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"ja,1366,768", "en,1600,1000"})
    void thePersonDialogSaysWhatIsWrongUnderTheField(String language, int width, int height) throws Exception {
        open(language, width, height);
        robot.clickOn("#stage-participants");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#addPerson");
        WaitForAsyncUtils.waitForFxEvents();

        // A new person without a name: 保存 off, and once a name was typed and taken away, said under it.
        assertThat(disabled("#personSave")).isTrue();
        assertThat(problem("#personName").isVisible()).isFalse();
        type("#personName", "森");
        type("#personName", " ");
        assertThat(problem("#personName").isVisible()).isTrue();
        assertThat(problem("#personName").getText()).isEqualTo(messages.get("registrant.person.noName"));
        assertThat(disabled("#personSave")).isTrue();
        type("#personName", "森 七海");
        assertThat(problem("#personName").isVisible()).isFalse();
        assertThat(disabled("#personSave")).isFalse();

        type("#personEmail", "mori@example");
        assertThat(problem("#personEmail").getText())
                .isEqualTo(messages.get("registrant.person.badEmail", "mori@example"));
        assertThat(problem("#personEmail").isVisible()).isTrue();
        assertThat(disabled("#personSave")).isTrue();
        // An address someone else in the event has: whose it is, before saving.
        type("#personEmail", "AOKI@example.jp");
        assertThat(problem("#personEmail").getText())
                .isEqualTo(messages.get("registrant.person.emailTaken", "aoki@example.jp", "青木一郎"));
        assertThat(disabled("#personSave")).isTrue();
        type("#personEmail", "mori@example.jp");
        assertThat(problem("#personEmail").isVisible()).isFalse();
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitFor(
                10,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> app.registrants().list(held.eventId(), RegistrantFilter.ALL).stream()
                        .anyMatch(p -> p.registrant().email().equals("mori@example.jp")));
        assertThat(dialogs.errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ja", "en"})
    void theWalkInFormAndTheMailSettingsSayItUnderTheField(String language) throws Exception {
        open(language, 1366, 768);
        robot.clickOn("#stage-venue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(
                () -> robot.lookup("#venueWalkIn").queryAs(TitledPane.class).setExpanded(true));
        type("#walkInName", "森 七海");
        type("#walkInEmail", "ono@example.jp");
        assertThat(problem("#walkInEmail").getText())
                .isEqualTo(messages.get("registrant.person.emailTaken", "ono@example.jp", "大野五郎"));
        assertThat(problem("#walkInEmail").isVisible()).isTrue();
        assertThat(disabled("#walkInAdd")).isTrue();
        type("#walkInEmail", "");
        assertThat(disabled("#walkInAdd")).isFalse();

        robot.clickOn("#stage-follow_up");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#mailTab");
        robot.interact(() ->
                robot.lookup("#mailSettingsPane").queryAs(TitledPane.class).setExpanded(true));
        type("#mailPort", "５８７０００");
        assertThat(problem("#mailPort").isVisible()).isTrue();
        assertThat(problem("#mailPort").getText()).isEqualTo(messages.get("mail.error.port", "５８７０００"));
        assertThat(disabled("#mailSaveSettings")).isTrue();
        type("#mailPort", "587");
        assertThat(problem("#mailPort").isVisible()).isFalse();
        assertThat(disabled("#mailSaveSettings")).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
