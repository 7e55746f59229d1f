package jp.tsunagu.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.i18n.UserError;

/** The main window's state: the events in the store and the one that is open. */
public final class MainViewModel {
    static final String LAST_EVENT = "ui.lastEvent";

    private final UiContext context;
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ObjectProperty<Event> openEvent = new SimpleObjectProperty<>();

    public MainViewModel(UiContext context) {
        this.context = context;
        openEvent.addListener((o, old, now) -> {
            if (now != null) {
                context.app().settings().put(LAST_EVENT, Long.toString(now.id()));
            }
            context.undo().clear();
        });
    }

    /** Reads the events again and opens the one opened last time (or the newest). */
    public void load() {
        events.setAll(context.app().events().list());
        Optional<Long> last = context.app().settings().get(LAST_EVENT).map(Long::valueOf);
        openEvent.set(events.stream()
                .filter(e -> last.isPresent() && e.id() == last.get())
                .findFirst()
                .orElse(events.isEmpty() ? null : events.getFirst()));
    }

    /** Creates an event and opens it; refused values leave the store unchanged and say why. */
    public Optional<Event> create(EventDetails details) {
        try {
            EventPlan plan = context.app().events().create(details);
            events.setAll(context.app().events().list());
            openEvent.set(plan.event());
            return Optional.of(plan.event());
        } catch (UserError e) {
            context.dialogs().showError(context.text("event.new.title"), e.describe(context.messages()));
            return Optional.empty();
        }
    }

    /** Shows an event's new name or date in the selector after the preparation screen saved it. */
    public void changed(Event event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id() == event.id()) {
                events.set(i, event);
            }
        }
        if (openEvent.get() != null && openEvent.get().id() == event.id()) {
            openEvent.set(event);
        }
    }

    public ObservableList<Event> events() {
        return events;
    }

    public ObjectProperty<Event> openEventProperty() {
        return openEvent;
    }
}
