package jp.tsunagu.ui.registrant;

import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 参加者 stage: importing registrants and keeping the one true list. */
public final class ParticipantsPage implements StagePage {
    private final ParticipantsViewModel model;
    private final ParticipantsView view;

    public ParticipantsPage(UiContext context) {
        this.model = new ParticipantsViewModel(
                context,
                context.app().events(),
                context.app().registrants(),
                context.app().registrantImport());
        this.view = new ParticipantsView(model);
    }

    @Override
    public EventStage stage() {
        return EventStage.PARTICIPANTS;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(Event event) {
        model.show(event);
    }
}
