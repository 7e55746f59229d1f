package jp.tsunagu.ui.event;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 準備 stage: the event and its tables. */
public final class EventPage implements StagePage {
    private final EventViewModel model;
    private final ScrollPane view;

    public EventPage(UiContext context, Consumer<Event> eventChanged) {
        this.model = new EventViewModel(context, context.app().events(), eventChanged);
        // Scrolls on a small laptop screen (1366 x 768) rather than cutting off the table editor.
        this.view = new ScrollPane(new EventView(context, model));
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        view.getStyleClass().add("edge-to-edge");
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

    @Override
    public boolean leave() {
        return model.leave();
    }
}
