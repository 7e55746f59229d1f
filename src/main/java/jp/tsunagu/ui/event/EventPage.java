package jp.tsunagu.ui.event;

import java.util.function.Consumer;
import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 準備 stage: the event and its tables. */
public final class EventPage implements StagePage {
    private final EventViewModel model;
    private final EventView view;

    public EventPage(UiContext context, Consumer<Event> eventChanged) {
        this.model = new EventViewModel(context, eventChanged);
        this.view = new EventView(context, model);
    }

    @Override
    public EventStage stage() {
        return EventStage.PREPARE;
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
