package jp.tsunagu.ui.outcome;

import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;

/** The 記録 stage: what each table found, typed in from the worksheets. */
public final class RecordPage implements StagePage {
    private final RecordViewModel model;
    private final RecordView view;

    public RecordPage(UiContext context) {
        this.model = new RecordViewModel(
                context,
                context.app().events(),
                context.app().outcomes(),
                context.app().registrants());
        this.view = new RecordView(model);
    }

    @Override
    public EventStage stage() {
        return EventStage.RECORD;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(Event event) {
        model.show(event);
    }

    public RecordViewModel model() {
        return model;
    }
}
