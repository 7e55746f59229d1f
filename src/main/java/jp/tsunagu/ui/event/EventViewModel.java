package jp.tsunagu.ui.event;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.EventStatus;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableEdit;
import jp.tsunagu.event.TableUse;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.ui.EventForm;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;

/**
 * The preparation stage (準備): the event's details and its tables, each with theme, capacity,
 * advisor and facilitator. Every save is one service call, and can be undone.
 */
public final class EventViewModel {
    private final UiContext context;
    private final Consumer<Event> eventChanged;
    private final EventForm details;
    private final TableForm tableForm;
    private final ObservableList<EventTable> tables = FXCollections.observableArrayList();
    private final ObjectProperty<EventTable> selected = new SimpleObjectProperty<>();
    private Event event;
    private final StringProperty statusText = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty(true);
    private boolean switching;
    private final EventService events;

    public EventViewModel(UiContext context, EventService events, Consumer<Event> eventChanged) {
        this.context = context;
        this.events = events;
        this.eventChanged = eventChanged;
        this.details = new EventForm(context.messages());
        this.tableForm = new TableForm(context.messages());
        context.live().watch(() -> event == null ? 0 : event.id(), Set.of(Topic.TABLES), this::tablesChanged);
        context.live().watch(() -> event == null ? 0 : event.id(), Set.of(Topic.EVENTS), this::readStatus);
        selected.addListener((o, old, now) -> {
            if (now != null) {
                tableForm.fill(now);
            }
        });
    }

    /**
     * Shows {@code shown}. Opening the stage again for the same event keeps what is in the forms;
     * the tables follow the store's changes ({@link #tablesChanged}).
     */
    public void show(Event shown) {
        boolean same = event != null && event.id() == shown.id();
        this.event = shown;
        if (same) {
            return;
        }
        details.fill(shown);
        long eventId = shown.id();
        context.tasks().read("eventPlan", () -> events.plan(eventId), plan -> shown(eventId, plan, 1), this::failed);
        readStatus();
    }

    private void readStatus() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "eventStatus",
                        () -> events.status(eventId),
                        status -> {
                            if (event != null && event.id() == eventId) {
                                statusText.set(
                                        context.text("event.status", context.text("event.status." + status.code())));
                                closed.set(status == EventStatus.CLOSED);
                            }
                        },
                        this::failed);
    }

    /**
     * Closes the event after asking: who sat with whom becomes history for the next event's "new
     * faces". It cannot be undone, so it is not put in the undo history.
     */
    public void closeEvent() {
        if (event == null || closed.get()) {
            return;
        }
        if (context.dialogs()
                .confirm(context.text("event.close.title"), context.text("event.close.confirm", event.name()))) {
            long eventId = event.id();
            store(() -> events.close(eventId), closedNow -> readStatus());
        }
    }

    /** "状態：準備中" and so on. */
    public StringProperty statusText() {
        return statusText;
    }

    public BooleanProperty closed() {
        return closed;
    }

    /** Reads the tables again after another page changed them, keeping the selected one. */
    private void tablesChanged() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "eventPlan",
                        () -> events.plan(eventId),
                        plan -> shown(eventId, plan, selectedNumber()),
                        this::failed);
    }

    private int selectedNumber() {
        EventTable now = selected.get();
        return now == null ? 1 : now.number();
    }

    // A plan read off the FX thread is shown only if the user is still on that event.
    private void shown(long eventId, EventPlan plan, int selectNumber) {
        if (event != null && event.id() == eventId) {
            refresh(plan, selectNumber);
        }
    }

    private void refresh(EventPlan plan, int selectNumber) {
        tables.setAll(plan.tables());
        selected.set(plan.table(selectNumber)
                .orElse(plan.tables().isEmpty() ? null : plan.tables().getFirst()));
    }

    /** Saves name, date and venue. */
    public void saveDetails() {
        EventDetails before = new EventDetails(event.name(), event.date(), event.venue());
        EventDetails after = details.details();
        saveDetails(after, () -> context.undo()
                .done(edit(
                        "undo.eventDetails", () -> saveDetails(before, () -> {}), () -> saveDetails(after, () -> {}))));
    }

    private void saveDetails(EventDetails value, Runnable then) {
        long eventId = event.id();
        store(() -> events.update(eventId, value), updated -> {
            if (event != null && event.id() == eventId) {
                event = updated;
                details.fill(updated);
            }
            eventChanged.accept(updated);
            then.run();
        });
    }

    /**
     * Chooses another table to edit. What was typed for the table being left is saved first (as
     * every change in the app is saved as you go), or, when it cannot be saved as it stands, the
     * user is asked whether to drop it; false means stay on the table being left.
     */
    public boolean choose(EventTable next) {
        EventTable leaving = selected.get();
        if (switching || next == null || (leaving != null && leaving.number() == next.number())) {
            return true;
        }
        if (!keepTableEdits(leaving, "event.table.unsaved.confirm")) {
            return false;
        }
        int number = next.number();
        selected.set(
                tables.stream().filter(t -> t.number() == number).findFirst().orElse(next));
        return true;
    }

    /**
     * The page is being left (another stage, another event, the window closing): what was typed
     * is saved, as it would be on choosing another table, or, when it cannot be saved, the user
     * is asked whether to drop it; false means stay on the page.
     */
    public boolean leave() {
        if (event == null) {
            return true;
        }
        if (!keepDetails()) {
            return false;
        }
        return keepTableEdits(selected.get(), "event.table.unsaved.leave");
    }

    /** Saves the table form's changes for {@code leaving}, or asks to drop them; false means stay. */
    private boolean keepTableEdits(EventTable leaving, String questionKey) {
        if (leaving == null || !tableFormChanged(leaving)) {
            return true;
        }
        if (tableForm.valid.get()) {
            // Saved off the FX thread, in order with every other change (the window waits for it
            // before it closes).
            switching = true;
            try {
                saveTable();
                return true;
            } finally {
                switching = false;
            }
        }
        if (!context.dialogs()
                .confirm(context.text("event.table.unsaved.title"), context.text(questionKey, leaving.number()))) {
            return false;
        }
        tableForm.fill(leaving);
        return true;
    }

    /** Saves changed name, date and venue on leaving, or asks to drop them when they cannot be saved. */
    private boolean keepDetails() {
        EventDetails stored = new EventDetails(event.name(), event.date(), event.venue());
        if (details.valid().get()) {
            if (!details.details().equals(stored)) {
                saveDetails();
            }
            return true;
        }
        if (!context.dialogs()
                .confirm(context.text("event.table.unsaved.title"), context.text("event.details.unsaved.leave"))) {
            return false;
        }
        details.fill(event);
        return true;
    }

    /** Whether the form differs from the table as stored. */
    public boolean tableFormChanged(EventTable table) {
        return !tableForm.valid.get() || !tableForm.edit().equals(TableEdit.of(table));
    }

    /** Saves the selected table's form (off the FX thread); the list shows it when stored. */
    public void saveTable() {
        EventTable table = selected.get();
        if (table == null || !tableForm.valid.get()) {
            return;
        }
        TableEdit before = TableEdit.of(table);
        TableEdit after = tableForm.edit();
        editTable(after, () -> context.undo()
                .done(edit(
                        "undo.table",
                        () -> editTable(before, () -> {}),
                        () -> editTable(after, () -> {}),
                        table.number())));
    }

    // The table saved may not be the one selected by the time it is stored (saved on leaving it):
    // the selection stays where the user is.
    private void editTable(TableEdit edit, Runnable then) {
        long eventId = event.id();
        store(
                () -> {
                    events.editTable(eventId, edit);
                    return events.plan(eventId);
                },
                plan -> {
                    shown(eventId, plan, selectedNumber());
                    then.run();
                });
    }

    /** Adds a theme with a table of its own, named as the user typed. */
    public void addTheme(String name) {
        long eventId = event.id();
        store(
                () -> events.addTheme(eventId, name),
                plan -> shown(eventId, plan, plan.tables().getLast().number()));
    }

    /** Adds another table for the selected table's theme, for a theme too popular for one table. */
    public void addTableForSelectedTheme() {
        EventTable table = selected.get();
        if (table != null) {
            long eventId = event.id();
            store(
                    () -> events.addTable(eventId, table.theme().number()),
                    plan -> shown(eventId, plan, plan.tables().getLast().number()));
        }
    }

    /** Removes the selected table (and its theme, if no other table has it), after asking. */
    public void removeSelectedTable() {
        EventTable table = selected.get();
        if (table == null) {
            return;
        }
        long eventId = event.id();
        store(() -> events.tableUse(eventId, table.number()), use -> removeAfterAsking(eventId, table, use));
    }

    private void removeAfterAsking(long eventId, EventTable table, TableUse use) {
        // The question names what goes with the table, so nothing is lost without the user knowing.
        String question = context.text(
                "event.removeTable.confirm", table.number(), table.theme().name());
        if (use.seated() > 0) {
            question += "\n" + context.text("event.removeTable.seated", use.seated());
        }
        if (use.outcomes() > 0) {
            question += "\n" + context.text("event.removeTable.outcomes", use.outcomes());
        }
        if (use.closedEvent()) {
            question += "\n" + context.text("event.removeTable.history");
        }
        boolean sure = context.dialogs().confirm(context.text("event.removeTable.title"), question);
        if (sure) {
            store(() -> events.removeTable(eventId, table.number(), true), plan -> shown(eventId, plan, 1));
        }
    }

    /**
     * Carries out a change on the store off the FX thread (the window never waits for the store,
     * even while an import holds it); {@code then} shows the result. A refusal is shown to the
     * user and changes nothing.
     */
    private <T> void store(Callable<T> change, Consumer<T> then) {
        context.tasks().change(change, then, this::failed);
    }

    private void failed(Throwable e) {
        String message = e instanceof UserError u
                ? u.describe(context.messages())
                : jp.tsunagu.store.Failures.inWords(e, null).describe(context.messages());
        context.dialogs().showError(context.text("event.saveFailed"), message);
    }

    private UndoableEdit edit(String key, Runnable undo, Runnable redo, Object... args) {
        String description = context.text(key, args);
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }

    public EventForm details() {
        return details;
    }

    public TableForm tableForm() {
        return tableForm;
    }

    public ObservableList<EventTable> tables() {
        return tables;
    }

    public ObjectProperty<EventTable> selectedProperty() {
        return selected;
    }
}
