package jp.tsunagu.ui.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import jp.tsunagu.venue.VenuePerson;
import jp.tsunagu.venue.WalkIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's model without a window: Enter checks in one match, undo, walk-ins, live updates. */
class VenueViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private UndoManager undo;
    private ScriptedDialogs dialogs;
    private VenueViewModel model;
    private EventPlan plan;
    private List<DeskPeople.Person> people;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        plan = DeskPeople.event(app);
        people = DeskPeople.add(app, plan);
        undo = new UndoManager();
        dialogs = new ScriptedDialogs();
        model = new VenueViewModel(
                new UiContext(app, Messages.forLocale(Locale.JAPANESE), dialogs, new CurrentThreadTaskRunner(), undo),
                app.venue(),
                app.events(),
                app.database().changes(),
                Runnable::run);
        model.show(plan.event());
    }

    @AfterEach
    void close() {
        model.close();
        app.close();
    }

    private VenuePerson stored(long id) {
        return app.venue().person(plan.event().id(), id);
    }

    @Test
    void enterChecksInTheOneMatchShowsTheTableAndClearsTheSearch() {
        DeskPeople.Person who = people.get(12);
        model.query().set("ナカムラ");
        assertThat(model.results()).hasSize(7);
        assertThat(model.enter()).as("seven found: nobody chosen yet").isFalse();

        model.query().set(who.reading().replace(" ", ""));
        assertThat(model.results()).hasSize(1);
        assertThat(model.enter()).isTrue();

        assertThat(stored(who.id()).attendance()).isEqualTo(Attendance.CHECKED_IN);
        assertThat(model.shown().get().person().id()).isEqualTo(who.id());
        assertThat(model.shown().get().table().number())
                .isEqualTo(stored(who.id()).table());
        assertThat(model.query().get()).isEmpty();
        assertThat(model.counts().get().checkedIn()).isEqualTo(1);
    }

    @Test
    void aScannedCodeChecksInAndUndoTakesItBack() {
        DeskPeople.Person who = people.get(40);
        model.query().set(Long.toString(who.id()));
        assertThat(model.enter()).isTrue();
        assertThat(stored(who.id()).attendance()).isEqualTo(Attendance.CHECKED_IN);

        model.undoLast();

        assertThat(stored(who.id()).attendance()).isEqualTo(Attendance.EXPECTED);
        assertThat(model.counts().get().checkedIn()).isZero();
        assertThat(model.shown().get()).isNull();
    }

    @Test
    void aWalkInIsPlacedShownAndUndoneWhole() {
        int before = app.venue().people(plan.event().id()).size();
        boolean added = model.walkIn(
                new WalkIn("当日 参加", "とうじつ さんか", "飛込商店", "", "小売業", "", false, "", "", 3, null, null, true));

        assertThat(added).isTrue();
        assertThat(model.shown().get().placed()).isTrue();
        assertThat(model.shown().get().table()).isNotNull();
        assertThat(model.counts().get().walkIns()).isEqualTo(1);

        model.undoLast();

        assertThat(app.venue().people(plan.event().id())).hasSize(before);
    }

    @Test
    void aChangeMadeElsewhereShowsAtOnce() {
        app.venue().checkIn(plan.event().id(), people.getFirst().id());

        assertThat(model.counts().get().checkedIn()).isEqualTo(1);
        assertThat(model.people().get().stream()
                        .filter(p -> p.id() == people.getFirst().id())
                        .findFirst()
                        .orElseThrow()
                        .attendance())
                .isEqualTo(Attendance.CHECKED_IN);
    }
}
