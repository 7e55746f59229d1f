package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.SampleDataWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A name with a character BIZ UDPGothic lacks (𠮷 of 𠮷田) is drawn, not a box, on the participant
 * list, the seating board and the reception desk: each place's label is drawn again with the 𠮷 put
 * as a character no font has, and the two drawings must differ. Screenshots to look at go to
 * target/screenshots/names.
 */
@Tag("ui")
class NameFallbackWindowTest {
    /** A code point no font has a glyph for (unassigned): what a missing glyph looks like. */
    private static final String NO_GLYPH = "\u0378";

    private static final String NAME = "𠮷田 健太";

    @TempDir
    Path folder;

    private Tsunagu app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theWindowFontDrawsWhatItLacksFromTheBundledFallback() throws Exception {
        FxToolkit.registerPrimaryStage();
        WritableImage[] drawn = new WritableImage[2];
        robot.interact(() -> {
            Fonts.load();
            drawn[0] = draw("𠮷", Font.font(Fonts.FAMILY, 40));
            drawn[1] = draw(NO_GLYPH, Font.font(Fonts.FAMILY, 40));
        });
        assertThat(same(drawn[0], drawn[1])).as("𠮷 is drawn, not a box").isFalse();
    }

    @Test
    void aNameWithACharacterTheWindowFontLacksIsDrawnOnEveryPageItIsOn() throws Exception {
        app = Tsunagu.open(folder.resolve("store.db"));
        Language.choose(app.settings(), Locale.JAPANESE);
        long id = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 6), "掛川商工会議所"))
                .event()
                .id();
        Path workbook = folder.resolve("registrants.xlsx");
        SampleDataWriter.writeFormWorkbook(workbook, SampleDataWriter.formRows());
        app.registrantImport().run(id, workbook, Optional.empty(), false);
        app.registrants().add(id, Registrant.byHand(NAME, "よしだ けんた", "𠮷田製茶", "kenta@example.jp"));
        app.seating().assign(id);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            TsunaguApp.show(stage, app, new ScriptedDialogs());
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#stage-participants");
        robot.interact(() ->
                robot.lookup("#participantSearch").queryAs(TextField.class).setText("よしだ けんた"));
        assertDrawn(waitForName(), "participants");

        robot.clickOn("#stage-seating");
        WaitForAsyncUtils.waitForFxEvents();
        // Found on the board, the card is shown (its table scrolled into view) for the screenshot.
        robot.interact(() -> {
            TextField search = robot.lookup("#seatingSearch").queryAs(TextField.class);
            search.setText("よしだ けんた");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawn(waitForName(), "seating");

        robot.clickOn("#stage-venue");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#venueSearch").write("よしだけ");
        assertDrawn(waitForName(), "desk-search");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#venueShownName").queryLabeled().getText().contains(NAME));
        assertDrawn(robot.lookup("#venueShownName").queryLabeled(), "desk-checked-in");
    }

    private Labeled waitForName() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(
                                (Node n) -> n instanceof Labeled l && l.isVisible() && NAME.equals(l.getText()))
                        .tryQuery()
                        .isPresent())
                .get());
        return robot.lookup((Node n) -> n instanceof Labeled l && l.isVisible() && NAME.equals(l.getText()))
                .queryLabeled();
    }

    /** The label as drawn, and drawn again with a character no font has in the 𠮷's place: they differ. */
    private void assertDrawn(Labeled label, String page) throws Exception {
        WritableImage[] drawn = new WritableImage[2];
        robot.interact(() -> {
            try {
                Truncations.screenshot(
                        label.getScene().getWindow(), Path.of("target", "screenshots", "names", page + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            drawn[0] = label.snapshot(null, null);
            String text = label.getText();
            boolean bound = label.textProperty().isBound();
            if (!bound) {
                label.setText(text.replace("𠮷", NO_GLYPH));
                label.applyCss();
                label.layout();
                drawn[1] = label.snapshot(null, null);
                label.setText(text);
            }
        });
        if (drawn[1] == null) {
            // A bound label: compare with the same text drawn as a box in the label's own font.
            robot.interact(() -> {
                drawn[0] = draw(label.getText(), label.getFont());
                drawn[1] = draw(label.getText().replace("𠮷", NO_GLYPH), label.getFont());
            });
        }
        assertThat(label.getFont().getFamily()).as(page).isEqualTo(Fonts.FAMILY);
        assertThat(same(drawn[0], drawn[1]))
                .as(page + ": 𠮷 is drawn, not a box")
                .isFalse();
    }

    private static WritableImage draw(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        new javafx.scene.Scene(new javafx.scene.Group(node));
        return node.snapshot(null, null);
    }

    private static boolean same(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
