package jp.tsunagu.ui.printing;

import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 印刷 stage. */
public final class PrintPage implements StagePage {
    private final PrintViewModel model;
    private final PrintView view;

    public PrintPage(UiContext context) {
        this.model = new PrintViewModel(context, context.app().printing());
        this.view = new PrintView(context, model);
    }

    @Override
    public EventStage stage() {
        return EventStage.PRINT;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(Event event) {
        model.show(event);
    }

    public PrintViewModel model() {
        return model;
    }
}
