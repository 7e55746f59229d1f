package jp.tsunagu.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Settings;

/** The main window's state: the events in the store and the one that is open. */
public final class MainViewModel {
    static final String LAST_EVENT = "ui.lastEvent";

    private final UiContext context;
    private final EventService events;
    private final Settings settings;
    private final ObservableList<Event> list = FXCollections.observableArrayList();
    private final ObjectProperty<Event> openEvent = new SimpleObjectProperty<>();

    public MainViewModel(UiContext context, EventService events, Settings settings) {
        this.context = context;
        this.events = events;
        this.settings = settings;
        openEvent.addListener((o, old, now) -> {
            if (now != null) {
                // Remembered off the FX thread: switching events never waits for an import.
                String id = Long.toString(now.id());
                context.tasks()
                        .change(
                                () -> {
                                    settings.put(LAST_EVENT, id);
                                    return id;
                                },
                                kept -> {},
                                failure -> context.dialogs()
                                        .showError(
                                                context.text("event.new.title"),
                                                failure instanceof UserError u
                                                        ? u.describe(context.messages())
                                                        : String.valueOf(failure.getMessage())));
            }
            context.undo().clear();
        });
    }

    /** Reads the events again and opens the one opened last time (or the newest). */
    public void load() {
        list.setAll(events.list());
        Optional<Long> last = settings.get(LAST_EVENT).map(Long::valueOf);
        openEvent.set(list.stream()
                .filter(e -> last.isPresent() && e.id() == last.get())
                .findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst()));
    }

    /**
     * Creates an event (off the FX thread) and opens it; refused values leave the store unchanged
     * and say why.
     */
    public void create(EventDetails details) {
        context.tasks()
                .change(
                        () -> {
                            EventPlan plan = events.create(details);
                            return new Created(plan.event(), events.list());
                        },
                        created -> {
                            list.setAll(created.events());
                            openEvent.set(created.event());
                        },
                        failure -> context.dialogs()
                                .showError(
                                        context.text("event.new.title"),
                                        failure instanceof UserError u
                                                ? u.describe(context.messages())
                                                : String.valueOf(failure.getMessage())));
    }

    private record Created(Event event, java.util.List<Event> events) {}

    /** Shows an event's new name or date in the selector after the preparation screen saved it. */
    public void changed(Event event) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == event.id()) {
                list.set(i, event);
            }
        }
        if (openEvent.get() != null && openEvent.get().id() == event.id()) {
            openEvent.set(event);
        }
    }

    public ObservableList<Event> events() {
        return list;
    }

    public ObjectProperty<Event> openEventProperty() {
        return openEvent;
    }
}
