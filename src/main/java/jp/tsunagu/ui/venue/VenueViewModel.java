package jp.tsunagu.ui.venue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.seating.SeatingNote;
import jp.tsunagu.seating.Violation;
import jp.tsunagu.store.StoreChange;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.store.StoreChanges;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;
import jp.tsunagu.venue.CheckIn;
import jp.tsunagu.venue.CheckinSearch;
import jp.tsunagu.venue.ClosingPlan;
import jp.tsunagu.venue.VenueCounts;
import jp.tsunagu.venue.VenuePerson;
import jp.tsunagu.venue.VenueService;
import jp.tsunagu.venue.WalkIn;

/**
 * The reception desk (当日): a search that always has focus, Enter checking the single match in,
 * the last check-in shown large with its table, one-key undo, the counts, walk-ins, absences and
 * closing reception. Listens to the store, so a change made elsewhere (the board, the command
 * line in another window) shows at once. Plain JavaFX properties; tested without a window.
 */
public final class VenueViewModel {
    /** What the desk shows large after a check-in: who, where, and what the placement had to say. */
    public record Shown(VenuePerson person, EventTable table, boolean already, boolean placed, List<String> notes) {}

    private final UiContext context;
    private final VenueService venueService;
    private final EventService events;
    private final StoreChanges changes;
    private final Executor uiThread;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<VenuePerson> results = FXCollections.observableArrayList();
    private final ObjectProperty<VenuePerson> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<VenueCounts> counts = new SimpleObjectProperty<>();
    private final ObjectProperty<EventPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<List<VenuePerson>> people = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private CheckinSearch search = CheckinSearch.of(List.of());
    private StoreChanges.Subscription subscription;
    private Event event;
    private Long lastWalkIn;

    /** @param uiThread runs work on the UI thread (Platform::runLater; Runnable::run in tests) */
    public VenueViewModel(
            UiContext context, VenueService venue, EventService events, StoreChanges changes, Executor uiThread) {
        this.context = context;
        this.venueService = venue;
        this.events = events;
        this.changes = changes;
        this.uiThread = uiThread;
        query.addListener((o, was, now) -> refilter());
    }

    private VenueService venue() {
        return venueService;
    }

    public UiContext context() {
        return context;
    }

    public void show(Event shownEvent) {
        this.event = shownEvent;
        if (subscription == null) {
            subscription = changes.subscribe(this::heard);
        }
        shown.set(null);
        query.set("");
        reload();
    }

    /** Stops listening to the store (the page is gone). */
    public void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void heard(Set<StoreChange> changes) {
        Event now = event;
        if (now == null) {
            return;
        }
        boolean ours = changes.stream()
                .anyMatch(c -> c.eventId() == now.id()
                        && (c.topic() == Topic.ATTENDANCE
                                || c.topic() == Topic.SEATS
                                || c.topic() == Topic.PEOPLE
                                || c.topic() == Topic.TABLES));
        if (ours) {
            uiThread.execute(this::reload);
        }
    }

    /** What the desk shows, read in one go off the FX thread. */
    private record Desk(EventPlan plan, List<VenuePerson> people, boolean closed) {}

    /**
     * Reads the people, their seats and the counts again, keeping what is typed. The reading runs
     * off the FX thread (a check-in never waits for an import holding the store); the newest shows.
     */
    public void reload() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "venueDesk",
                        () -> new Desk(
                                events.plan(eventId),
                                venue().people(eventId),
                                venue().receptionClosedAt(eventId).isPresent()),
                        desk -> {
                            if (event != null && event.id() == eventId) {
                                shown(desk);
                            }
                        },
                        e -> context.dialogs().showError(context.text("venue.desk.title"), describe(e)));
    }

    private void shown(Desk desk) {
        EventPlan newPlan = desk.plan();
        List<VenuePerson> all = desk.people();
        plan.set(newPlan);
        people.set(all);
        search = CheckinSearch.of(all);
        counts.set(VenueCounts.of(
                all, newPlan.tables().stream().map(EventTable::number).toList()));
        closed.set(desk.closed());
        Shown last = shown.get();
        if (last != null) {
            all.stream()
                    .filter(p -> p.id() == last.person().id())
                    .findFirst()
                    .ifPresentOrElse(
                            p -> shown.set(new Shown(p, table(p.table()), last.already(), last.placed(), last.notes())),
                            () -> shown.set(null));
        }
        refilter();
    }

    private void refilter() {
        List<VenuePerson> found = search.find(query.get());
        results.setAll(found);
        VenuePerson was = selected.get();
        if (found.size() == 1) {
            selected.set(found.getFirst());
        } else if (was != null) {
            selected.set(
                    found.stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
        }
    }

    /** The table with this number, or null. */
    public EventTable table(Integer number) {
        EventPlan p = plan.get();
        if (p == null || number == null) {
            return null;
        }
        return p.table(number).orElse(null);
    }

    /**
     * Enter in the search field: checks in the one person found (by a reading, a name, a scanned
     * code...). With several found, the selected one; with none, nothing.
     */
    public boolean enter() {
        Optional<VenuePerson> one = search.single(query.get());
        VenuePerson person = one.orElse(results.size() > 1 ? selected.get() : null);
        if (person == null) {
            message.set(
                    query.get().isBlank()
                            ? ""
                            : context.text(
                                    results.isEmpty() ? "venue.desk.noneFound" : "venue.desk.several", results.size()));
            return false;
        }
        checkIn(person.id());
        return true;
    }

    /** Checks a person in, shows them large, clears the search for the next in the queue. */
    public void checkIn(long personId) {
        long eventId = event.id();
        store(() -> venue().checkIn(eventId, personId), "venue.desk.title", done -> {
            if (!done.already()) {
                context.undo().done(new UndoCheckIn(done.person()));
            }
            after(done);
        });
    }

    /**
     * Runs a change of the desk off the FX thread, so that the queue is never held up by the
     * store; then {@code then} on the FX thread, or the refusal under {@code titleKey}.
     */
    private <T> void store(Callable<T> change, String titleKey, Consumer<T> then) {
        context.tasks().change(change, then, e -> {
            context.dialogs().showError(context.text(titleKey), describe(e));
            reload();
        });
    }

    private void after(CheckIn done) {
        shown.set(new Shown(
                done.person(),
                table(done.person().table()),
                done.already(),
                done.placed(),
                done.violations().stream()
                        .map(Violation::message)
                        .map(this::text)
                        .toList()));
        message.set(context.text(
                done.already() ? "venue.desk.already" : "venue.desk.checkedIn",
                done.person().name()));
        query.set("");
        reload();
    }

    private String text(SeatingNote note) {
        return context.text(note.key(), note.args().toArray());
    }

    private String describe(Throwable e) {
        if (e instanceof jp.tsunagu.i18n.UserError error) {
            return error.describe(context.messages());
        }
        return context.text("venue.desk.failed", String.valueOf(e.getMessage()));
    }

    /** Takes the last change back (the one-key undo: Ctrl+Z or the button). */
    public void undoLast() {
        // After the check-in just made is stored, so that it is the one taken back.
        context.tasks().afterChanges(() -> {
            if (context.undo().canUndoProperty().get()) {
                context.undo().undo();
            }
            reload();
        });
    }

    /** A check-in, for undo: taken back and made again through the service. */
    private final class UndoCheckIn implements UndoableEdit {
        private final VenuePerson person;
        private final long eventId;

        UndoCheckIn(VenuePerson person) {
            this.person = person;
            this.eventId = event.id();
        }

        @Override
        public String description() {
            return context.text("venue.undo.checkIn", person.name());
        }

        @Override
        public void undo() {
            store(() -> venue().undoCheckIn(eventId, person.id()), "venue.desk.title", undone -> {
                shown.set(null);
                message.set(context.text("venue.desk.undone", person.name()));
                reload();
            });
        }

        @Override
        public void redo() {
            store(() -> venue().checkIn(eventId, person.id()), "venue.desk.title", VenueViewModel.this::after);
        }
    }

    /** Adds a walk-in (当日参加); true when it was stored at once (view model tests). */
    public boolean walkIn(WalkIn form) {
        boolean[] stored = {false};
        walkIn(form, () -> stored[0] = true);
        return stored[0];
    }

    /**
     * Adds a walk-in (当日参加) off the FX thread: saved, checked in and placed at once; shown large.
     * {@code stored} runs once it is stored (the form is then cleared), never when it is refused.
     */
    public void walkIn(WalkIn form, Runnable stored) {
        long eventId = event.id();
        store(() -> venue().walkIn(eventId, form), "venue.walkIn.title", done -> {
            lastWalkIn = done.person().id();
            long id = done.person().id();
            String name = done.person().name();
            context.undo().done(new UndoableEdit() {
                @Override
                public String description() {
                    return context.text("venue.undo.walkIn", name);
                }

                @Override
                public void undo() {
                    store(
                            () -> {
                                venue().removeWalkIn(eventId, id);
                                return id;
                            },
                            "venue.walkIn.title",
                            removed -> {
                                shown.set(null);
                                reload();
                            });
                }

                @Override
                public void redo() {
                    store(() -> venue().walkIn(eventId, form), "venue.walkIn.title", again -> {
                        lastWalkIn = again.person().id();
                        after(again);
                    });
                }
            });
            after(done);
            stored.run();
        });
    }

    /** The walk-in added last, whose name card may be printed at the door. */
    public Optional<Long> lastWalkIn() {
        return Optional.ofNullable(lastWalkIn);
    }

    /** Marks the selected person absent (their seat is freed). */
    public void markSelectedAbsent() {
        VenuePerson person = selected.get();
        if (person == null) {
            return;
        }
        long eventId = event.id();
        store(() -> venue().markAbsent(eventId, person.id()), "venue.desk.title", absent -> {
            message.set(context.text("venue.desk.markedAbsent", person.name()));
            reload();
        });
    }

    /** What closing reception would do, computed now (the solver runs; call it off the UI thread). */
    public ClosingPlan previewClosing() {
        return venue().previewClosing(event.id());
    }

    /** Closes reception (after the user saw the preview and agreed). */
    public ClosingPlan closeReception() {
        return venue().closeReception(event.id());
    }

    public Event event() {
        return event;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<VenuePerson> results() {
        return results;
    }

    public ObjectProperty<VenuePerson> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<Shown> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<VenueCounts> counts() {
        return counts;
    }

    public ReadOnlyObjectProperty<EventPlan> plan() {
        return plan;
    }

    /** Everyone of the event with attendance and seat, by id (the room view draws from it). */
    public ReadOnlyObjectProperty<List<VenuePerson>> people() {
        return people;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty receptionClosed() {
        return closed;
    }
}
