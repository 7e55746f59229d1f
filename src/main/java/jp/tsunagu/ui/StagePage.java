package jp.tsunagu.ui;

import javafx.scene.Node;
import jp.tsunagu.event.Event;

/** One stage's screen in the main window. Only stages that work get a page. */
public interface StagePage {
    EventStage stage();

    Node view();

    /** Shows {@code event}; called when the page is opened and when another event is chosen. */
    void show(Event event);
}
