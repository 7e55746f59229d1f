package jp.tsunagu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.StoreFixture;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.LiveChanges;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatingBoardViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private UndoManager undo;
    private ScriptedDialogs dialogs;
    private SeatingBoardViewModel model;
    private long suzuki;
    private long sato;
    private long tanaka;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        StoreFixture store = new StoreFixture(app.database());
        EventPlan plan = store.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
        suzuki = store.person(plan, "鈴木一郎", "株式会社掛川製茶", "農業", true, "", 2, null, null);
        sato = store.person(plan, "佐藤花子", "掛川製茶株式会社", "農業", false, "", 2, null, null);
        tanaka = store.person(plan, "田中次郎", "まちづくりNPO", "製造業", false, "", 1, 3, null);
        undo = new UndoManager();
        dialogs = new ScriptedDialogs();
        UiContext context = new UiContext(
                app,
                Messages.forLocale(Locale.JAPANESE),
                dialogs,
                new CurrentThreadTaskRunner(),
                undo,
                // Told at once on this thread, even when another test started the FX toolkit.
                new LiveChanges(app.database().changes(), Runnable::run));
        model = new SeatingBoardViewModel(context, app.seating(), app.printing(), app.venue(), Runnable::run);
        model.show(plan.event());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theBoardShowsAChangeMadeOnAnotherPageAtOnce() {
        long eventId = model.boardProperty().get().plan().event().id();
        // Reception (another page) adds a walk-in and someone else deletes 田中: no reload is asked for.
        app.registrants().add(eventId, jp.tsunagu.registrant.Registrant.byHand("当日 参加", "とうじつ", "", ""));
        app.registrants().delete(tanaka);

        assertThat(model.boardProperty().get().people())
                .extracting(p -> p.name())
                .containsExactlyInAnyOrder("鈴木一郎", "佐藤花子", "当日 参加");
    }

    @Test
    void autoSeatSeatsEveryoneAndCanBeUndone() {
        assertThat(model.boardProperty().get().unseated()).hasSize(3);

        model.autoSeat();

        assertThat(model.boardProperty().get().unseated()).isEmpty();
        assertThat(model.seatingProperty().get()).isFalse();
        assertThat(model.texts().scoreText()).isEqualTo("得点　20");
        assertThat(model.texts().termTexts().get("firstChoice")).isEqualTo("第1希望の席：2（20点）");
        assertThat(tableOf(tanaka)).isEqualTo(1);
        String reason = model.texts().reasonText(person(suzuki).table() == 2 ? person(sato) : person(suzuki));
        assertThat(reason).contains("同じ所属");

        undo.undo();
        assertThat(model.boardProperty().get().unseated()).hasSize(3);
        undo.redo();
        assertThat(model.boardProperty().get().unseated()).isEmpty();
    }

    @Test
    void afterTheCardsArePrintedItAsksAndCanPlaceOnlyTheUnseated(@TempDir Path cards) {
        model.autoSeat();
        int suzukiTable = tableOf(suzuki);
        app.printing()
                .print(
                        model.boardProperty().get().plan().event().id(),
                        jp.tsunagu.printing.PrintKind.NAMECARDS,
                        app.printing().savedOptions(),
                        Locale.JAPANESE,
                        cards.resolve("cards.pdf"));
        StoreFixture store = new StoreFixture(app.database());
        long late = store.person(model.boardProperty().get().plan(), "遅れて登録", 2);
        model.reload();
        dialogs.answers.add(false); // not everyone again
        dialogs.answers.add(true); // only the one without a seat

        model.autoSeat();

        assertThat(dialogs.questions).hasSize(2);
        assertThat(dialogs.questions.getFirst()).contains("名札を印刷した後");
        assertThat(tableOf(late)).isEqualTo(2);
        assertThat(tableOf(suzuki)).as("nobody seated moved").isEqualTo(suzukiTable);
        undo.undo();
        assertThat(person(late).table()).isNull();
    }

    @Test
    void movesSwapsAndLocksAreSavedAndUndoable() {
        model.autoSeat();
        int tanakaTable = tableOf(tanaka);

        model.move(tanaka, 5);
        assertThat(tableOf(tanaka)).isEqualTo(5);
        assertThat(app.seating().board(1).person(tanaka).orElseThrow().table()).isEqualTo(5);
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("田中次郎さんをテーブル5へ移動");

        undo.undo();
        assertThat(tableOf(tanaka)).isEqualTo(tanakaTable);

        int suzukiTable = tableOf(suzuki);
        model.swap(tanaka, suzuki);
        assertThat(tableOf(tanaka)).isEqualTo(suzukiTable);
        assertThat(tableOf(suzuki)).isEqualTo(tanakaTable);

        model.toggleLock(tanaka);
        assertThat(person(tanaka).locked()).isTrue();
        undo.undo();
        assertThat(person(tanaka).locked()).isFalse();
    }

    @Test
    void colleaguesPutTogetherByHandAreReportedInPlainWords() {
        model.autoSeat();

        model.move(sato, tableOf(suzuki));

        // The automatic capacity is ceil(3 / 7) = 1, so the table is also over capacity.
        assertThat(model.texts().violationTexts()).hasSize(2);
        assertThat(model.texts().violationTexts())
                .filteredOn(t -> t.contains("同じ所属"))
                .singleElement()
                .asString()
                .contains("同じ所属の人が一緒に座っています")
                .contains("鈴木一郎")
                .contains("佐藤花子");
    }

    @Test
    void keyboardMovesTheChosenCardToTheNextTable() {
        model.autoSeat();
        model.selectedProperty().set(tanaka);

        model.moveSelectedBy(1);

        assertThat(tableOf(tanaka)).isEqualTo(2);
    }

    @Test
    void searchFindsByReadingIgnoringWidth() {
        model.searchProperty().set("よみ田中");

        assertThat(model.findFirst()).map(SeatedPerson::id).contains(tanaka);
        assertThat(model.selectedProperty().get()).isEqualTo(tanaka);
        assertThat(model.matches(person(suzuki))).isFalse();
        model.searchProperty().set("ＮＰＯ");
        assertThat(model.matches(person(tanaka))).isTrue();
    }

    @Test
    void tableShowsSeatsTakenAndItsIndustryMix() {
        model.autoSeat();
        model.move(tanaka, 2);

        var table2 = model.boardProperty().get().plan().table(2).orElseThrow();
        assertThat(model.texts().seatsText(table2)).isEqualTo("2 / 1席");
        assertThat(model.texts().overCapacity(table2)).isTrue();
        assertThat(model.texts().industryMix(table2)).isIn("農業 1・製造業 1", "製造業 1・農業 1");
        assertThat(List.of(model.texts().violationTexts().getFirst())).allMatch(t -> t.contains("定員"));
    }

    private SeatedPerson person(long id) {
        return model.person(id).orElseThrow();
    }

    private int tableOf(long id) {
        return person(id).table();
    }
}
