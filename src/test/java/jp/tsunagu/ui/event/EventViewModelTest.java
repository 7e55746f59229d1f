package jp.tsunagu.ui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventStatus;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.LiveChanges;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 準備 page's event: its status, closing it after asking, and tables that follow other pages. */
class EventViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private ScriptedDialogs dialogs;
    private EventViewModel model;
    private Event event;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        event = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), ""))
                .event();
        dialogs = new ScriptedDialogs();
        UiContext context = new UiContext(
                app,
                Messages.forLocale(Locale.JAPANESE),
                dialogs,
                new CurrentThreadTaskRunner(),
                new UndoManager(),
                new LiveChanges(app.database().changes(), Runnable::run));
        model = new EventViewModel(context, app.events(), e -> {});
        model.show(event);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void closesTheEventOnlyAfterAsking() {
        assertThat(model.statusText().get()).isEqualTo("状態：準備中");
        dialogs.confirmAnswer = false;
        model.closeEvent();
        assertThat(app.events().status(event.id())).isEqualTo(EventStatus.PREPARED);

        dialogs.confirmAnswer = true;
        model.closeEvent();

        assertThat(dialogs.questions.getLast()).contains("取り消せません");
        assertThat(app.events().status(event.id())).isEqualTo(EventStatus.CLOSED);
        assertThat(model.statusText().get()).isEqualTo("状態：終了");
        assertThat(model.closed().get()).isTrue();
    }

    @Test
    void tablesChangedOnAnotherPageShowWithoutOpeningThePageAgain() {
        app.events().renameTheme(event.id(), 2, "新しいテーマ");
        assertThat(model.tables().get(1).theme().name()).isEqualTo("新しいテーマ");
    }
}
