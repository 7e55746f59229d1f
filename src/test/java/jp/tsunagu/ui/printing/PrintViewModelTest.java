package jp.tsunagu.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.printing.CardOrder;
import jp.tsunagu.printing.PaperSize;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.StoredEvent;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private Event event;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PrintViewModel model;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        long id = StoredEvent.create(app.database(), app.events());
        event = app.events().resolve(id);
        UiContext context = new UiContext(
                app, Messages.forLocale(Locale.JAPANESE), dialogs, new CurrentThreadTaskRunner(), new UndoManager());
        model = new PrintViewModel(context, app.printing());
        model.show(event);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void showsTheFirstPagesOfTheChosenDocument() {
        assertThat(model.previewProperty().get().pageCount()).isEqualTo(1);
        assertThat(model.previewProperty().get().pages()).hasSize(1);

        model.kind.set(PrintKind.SIGNS);

        assertThat(model.previewProperty().get().pageCount()).isEqualTo(7);
        assertThat(model.previewProperty().get().pages()).hasSize(PrintViewModel.PREVIEW_PAGES);
        assertThat(model.previewProperty().get().pages().getFirst().getWidth())
                .as("A4 landscape at 60 dpi")
                .isBetween(690, 705);
        assertThat(model.statusProperty().get()).contains("7");
    }

    @Test
    void savesThePdfKeepsTheOptionsAndOpensIt() throws Exception {
        model.kind.set(PrintKind.WORKSHEETS);
        model.paper.set(PaperSize.A4);
        model.order.set(CardOrder.READING);
        model.calibration.offsetX.set("１.５"); // full-width, as a Japanese keyboard types it
        dialogs.saveAs = folder.resolve("ワークシート"); // no extension typed

        model.save();

        Path saved = folder.resolve("ワークシート.pdf");
        assertThat(saved).exists();
        assertThat(Files.size(saved)).isPositive();
        assertThat(dialogs.opened).containsExactly(saved.toAbsolutePath());
        assertThat(model.statusProperty().get()).contains("ワークシート.pdf").contains("7 ページ");
        var kept = app.printing().savedOptions();
        assertThat(kept.cards().order()).isEqualTo(CardOrder.READING);
        assertThat(kept.cards().calibration().offsetXMm()).isEqualTo(1.5);
    }

    @Test
    void badFieldsStopSavingAndSayWhy() {
        model.startAt.set("11");
        assertThat(model.startAtProblem.get()).contains("1 から 10");
        assertThat(model.valid.get()).isFalse();

        model.startAt.set("3");
        model.calibration.scaleX.set("150");
        assertThat(model.calibration.scaleXProblem.get()).contains("90").contains("110");
        assertThat(model.valid.get()).isFalse();
        dialogs.saveAs = folder.resolve("x.pdf");
        model.save();
        assertThat(folder.resolve("x.pdf")).doesNotExist();

        model.calibration.scaleX.set("100.5");
        assertThat(model.valid.get()).isTrue();
        assertThat(model.options().orElseThrow().cards().startAt()).isEqualTo(3);
    }

    @Test
    void theCalibrationIsKeptWithoutPrinting() {
        model.calibration.offsetY.set("-2");
        model.saveCalibration();

        assertThat(app.printing().calibration().offsetYMm()).isEqualTo(-2);
        assertThat(model.statusProperty().get()).isEqualTo("補正を保存しました。");
    }

    @Test
    void saysWhoIsUnseatedBeforeCardsAndKeepsTheDocumentsLanguageWithTheEvent() {
        model.kind.set(PrintKind.NAMECARDS);
        assertThat(model.notesProperty().get()).contains("まだ席が決まっていない人が 1 人").contains("伊藤 誠");
        model.kind.set(PrintKind.SIGNS);
        assertThat(model.notesProperty().get()).isEmpty();

        assertThat(model.language.get()).isEqualTo(Locale.JAPANESE);
        model.language.set(Locale.ENGLISH);
        assertThat(app.printing().documentLanguage(event.id())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aCorrectionThatMovesLabelsOffThePaperIsRefused() {
        model.calibration.offsetX.set("-15");
        assertThat(model.options()).isEmpty();
        assertThat(model.statusProperty().get()).contains("はみ出します");
        model.calibration.offsetX.set("-5");
        assertThat(model.options()).isPresent();
    }
}
