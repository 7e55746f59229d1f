package jp.tsunagu.ui.seating;

import javafx.application.Platform;
import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 座席 stage: the seating board. */
public final class SeatingPage implements StagePage {
    private static boolean preparing;

    private final SeatingBoardViewModel model;
    private final SeatingBoardView view;

    public SeatingPage(UiContext context) {
        this.model = new SeatingBoardViewModel(
                context,
                context.app().seating(),
                context.app().printing(),
                context.app().venue(),
                Platform::runLater);
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
        prepareSolver();
        model.show(event);
    }

    /** Loads the exact solver's native library in the background the first time the board opens. */
    private static synchronized void prepareSolver() {
        if (!preparing) {
            preparing = true;
            Thread thread = new Thread(SeatingSolver::prepare, "seating-prepare");
            thread.setDaemon(true);
            thread.start();
        }
    }

    public SeatingBoardViewModel model() {
        return model;
    }
}
