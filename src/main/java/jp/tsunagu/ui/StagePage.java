package jp.tsunagu.ui;

import javafx.scene.Node;
import jp.tsunagu.event.Event;

/** One stage's screen in the main window. Only stages that work get a page. */
public interface StagePage {
    EventStage stage();

    Node view();

    /** Shows {@code event}; called when the page is opened and when another event is chosen. */
    void show(Event event);

    /**
     * The page is about to be left: another stage, another event, another language, the window
     * closing. What was typed and not yet saved is saved now, or the user is asked; false keeps
     * the page open (the user chose to stay).
     */
    default boolean leave() {
        return true;
    }
}
