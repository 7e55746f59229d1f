package jp.tsunagu.ui;

import java.util.List;
import java.util.function.Consumer;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.event.EventPage;
import jp.tsunagu.ui.printing.PrintPage;
import jp.tsunagu.ui.registrant.ParticipantsPage;
import jp.tsunagu.ui.seating.SeatingPage;

/** The pages the main window offers, in stage order. A new stage's page is added here. */
final class StagePages {
    private StagePages() {}

    /** {@code eventChanged} is told when a page renamed or re-dated the open event. */
    static List<StagePage> of(UiContext context, Consumer<Event> eventChanged) {
        return List.of(
                new EventPage(context, eventChanged),
                new ParticipantsPage(context),
                new SeatingPage(context),
                new PrintPage(context));
    }
}
