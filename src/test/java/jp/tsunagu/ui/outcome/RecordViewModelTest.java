package jp.tsunagu.ui.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private HeldEvent held;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoManager undo = new UndoManager();
    private RecordViewModel model;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        held = new HeldEvent(app, LocalDate.of(2026, 12, 5));
        model = new RecordViewModel(UiContexts.of(app, dialogs, undo), app.events(), app.outcomes(), app.registrants());
        model.show(held.plan.event());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void opensOnTheFirstTableWithItsMembers() {
        assertThat(model.tables()).hasSize(7);
        assertThat(model.table().get().number()).isEqualTo(1);
        assertThat(model.members()).extracting(m -> m.id()).containsExactlyInAnyOrderElementsOf(held.table1);
        model.table().set(model.tables().get(1));
        assertThat(model.members()).extracting(m -> m.id()).containsExactlyInAnyOrderElementsOf(held.table2);
    }

    @Test
    void addEditMoveDeleteAndUndoEachOne() {
        assertThat(model.add(OutcomeDraft.interest("人手不足"))).isTrue();
        assertThat(model.add(OutcomeDraft.interest("空き店舗"))).isTrue();
        assertThat(model.add(OutcomeDraft.seed("共同販売", List.of(held.table1.get(0), held.table1.get(1)))))
                .isTrue();
        assertThat(model.list(OutcomeKind.INTEREST)).extracting(Outcome::text).containsExactly("人手不足", "空き店舗");

        model.move(model.list(OutcomeKind.INTEREST).get(1), -1);
        assertThat(model.list(OutcomeKind.INTEREST)).extracting(Outcome::text).containsExactly("空き店舗", "人手不足");
        undo.undo();
        assertThat(model.list(OutcomeKind.INTEREST)).extracting(Outcome::text).containsExactly("人手不足", "空き店舗");

        Outcome seed = model.list(OutcomeKind.SEED).getFirst();
        model.edit(seed, OutcomeDraft.seed("共同販売会", List.of(held.table1.get(0), held.table1.get(2))));
        assertThat(model.list(OutcomeKind.SEED).getFirst().people())
                .containsExactly(held.table1.get(0), held.table1.get(2));
        undo.undo();
        assertThat(model.list(OutcomeKind.SEED).getFirst().text()).isEqualTo("共同販売");
        undo.redo();
        assertThat(model.list(OutcomeKind.SEED).getFirst().text()).isEqualTo("共同販売会");

        model.delete(model.list(OutcomeKind.SEED).getFirst());
        assertThat(model.list(OutcomeKind.SEED)).isEmpty();
        undo.undo();
        assertThat(model.list(OutcomeKind.SEED)).extracting(Outcome::id).containsExactly(seed.id());

        // Undo the edit, then the add: the seed goes; redo brings the same line back.
        undo.undo();
        undo.undo();
        assertThat(app.outcomes().list(held.eventId()))
                .extracting(Outcome::text)
                .containsExactly("人手不足", "空き店舗");
        undo.redo();
        assertThat(app.outcomes().get(seed.id()).text()).isEqualTo("共同販売");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRefusedLineSaysWhyAndRecordsNothing() {
        assertThat(model.add(OutcomeDraft.seed("一人だけ", List.of(held.table1.get(0)))))
                .isFalse();
        assertThat(model.add(OutcomeDraft.step("よその人", held.table2.get(0), null)))
                .isFalse();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("2人以上");
        assertThat(dialogs.errors.get(1)).contains("大野五郎").contains("テーブル 1");
        assertThat(app.outcomes().list(held.eventId())).isEmpty();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }
}
