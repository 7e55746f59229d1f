package jp.tsunagu.ui.seating;

import javafx.application.Platform;
import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 座席 stage: the seating board. */
public final class SeatingPage implements StagePage {
    private final SeatingBoardViewModel model;
    private final SeatingBoardView view;

    public SeatingPage(UiContext context) {
        this.model = new SeatingBoardViewModel(context, Platform::runLater);
        this.view = new SeatingBoardView(context, model);
    }

    @Override
    public EventStage stage() {
        return EventStage.SEATING;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(Event event) {
        model.show(event);
    }

    public SeatingBoardViewModel model() {
        return model;
    }
}
