package jp.tsunagu.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.event.EventPage;
import jp.tsunagu.ui.followup.FollowUpPage;
import jp.tsunagu.ui.outcome.RecordPage;
import jp.tsunagu.ui.printing.PrintPage;
import jp.tsunagu.ui.registrant.ParticipantsPage;
import jp.tsunagu.ui.seating.SeatingPage;
import jp.tsunagu.ui.venue.VenuePage;

/** The pages the main window offers, in stage order. A new stage's page is added here. */
final class StagePages {
    private StagePages() {}

    /** {@code eventChanged} is told when a page renamed or re-dated the open event. */
    static List<StagePage> of(UiContext context, Consumer<Event> eventChanged) {
        return List.of(
                new EventPage(context, eventChanged),
                new OnFirstUse(EventStage.PARTICIPANTS, () -> new ParticipantsPage(context)),
                new OnFirstUse(EventStage.SEATING, () -> new SeatingPage(context)),
                new OnFirstUse(EventStage.PRINT, () -> new PrintPage(context)),
                new OnFirstUse(EventStage.VENUE, () -> new VenuePage(context)),
                new OnFirstUse(EventStage.RECORD, () -> new RecordPage(context)),
                new OnFirstUse(EventStage.FOLLOW_UP, () -> new FollowUpPage(context)));
    }

    /**
     * A page built when it is first opened. The window then starts with only the page it shows:
     * the other pages' views and the work they start in the background (fonts, the solver's
     * library) would otherwise compete with the first window for the machine's two cores.
     */
    private static final class OnFirstUse implements StagePage {
        private final EventStage stage;
        private final Supplier<StagePage> build;
        private StagePage page;

        OnFirstUse(EventStage stage, Supplier<StagePage> build) {
            this.stage = stage;
            this.build = build;
        }

        @Override
        public EventStage stage() {
            return stage;
        }

        @Override
        public Node view() {
            return page().view();
        }

        @Override
        public void show(Event event) {
            page().show(event);
        }

        @Override
        public boolean leave() {
            // A page never built has nothing typed in it.
            return page == null || page.leave();
        }

        private StagePage page() {
            if (page == null) {
                page = build.get();
            }
            return page;
        }
    }
}
