package jp.tsunagu.ui.event;

import java.util.Set;
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
     * the tables follow the store's changes ({@link #watchTables}).
     */
    public void show(Event shown) {
        boolean same = event != null && event.id() == shown.id();
        this.event = shown;
        if (same) {
            return;
        }
        details.fill(shown);
        refresh(events.plan(shown.id()), 1);
        readStatus();
    }

    private void readStatus() {
        if (event == null) {
            return;
        }
        EventStatus status = events.status(event.id());
        statusText.set(context.text("event.status", context.text("event.status." + status.code())));
        closed.set(status == EventStatus.CLOSED);
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
            apply(() -> events.close(event.id()));
            readStatus();
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
        EventTable now = selected.get();
        refresh(events.plan(event.id()), now == null ? 1 : now.number());
    }

    private void refresh(EventPlan plan, int selectNumber) {
        tables.setAll(plan.tables());
        selected.set(plan.table(selectNumber)
                .orElse(plan.tables().isEmpty() ? null : plan.tables().getFirst()));
    }

    /** Saves name, date and venue. */
    public void saveDetails() {
        saveDetailsAsTyped();
    }

    private void saveDetails(EventDetails value) {
        event = events.update(event.id(), value);
        details.fill(event);
        eventChanged.accept(event);
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
            switching = true;
            try {
                return saveTable();
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
            return details.details().equals(stored) || saveDetailsAsTyped();
        }
        if (!context.dialogs()
                .confirm(context.text("event.table.unsaved.title"), context.text("event.details.unsaved.leave"))) {
            return false;
        }
        details.fill(event);
        return true;
    }

    private boolean saveDetailsAsTyped() {
        EventDetails before = new EventDetails(event.name(), event.date(), event.venue());
        EventDetails after = details.details();
        if (apply(() -> saveDetails(after))) {
            context.undo().done(edit("undo.eventDetails", () -> saveDetails(before), () -> saveDetails(after)));
            return true;
        }
        return false;
    }

    /** Whether the form differs from the table as stored. */
    public boolean tableFormChanged(EventTable table) {
        return !tableForm.valid.get() || !tableForm.edit().equals(TableEdit.of(table));
    }

    /** Saves the selected table's form; false when the service refused it (the user was told why). */
    public boolean saveTable() {
        EventTable table = selected.get();
        if (table == null || !tableForm.valid.get()) {
            return false;
        }
        TableEdit before = TableEdit.of(table);
        TableEdit after = tableForm.edit();
        if (apply(() -> editTable(after))) {
            context.undo().done(edit("undo.table", () -> editTable(before), () -> editTable(after), table.number()));
            return true;
        }
        return false;
    }

    private void editTable(TableEdit edit) {
        events.editTable(event.id(), edit);
        refresh(events.plan(event.id()), edit.tableNumber());
    }

    /** Adds a theme with a table of its own, named as the user typed. */
    public void addTheme(String name) {
        apply(() -> {
            EventPlan plan = events.addTheme(event.id(), name);
            refresh(plan, plan.tables().getLast().number());
        });
    }

    /** Adds another table for the selected table's theme, for a theme too popular for one table. */
    public void addTableForSelectedTheme() {
        EventTable table = selected.get();
        if (table != null) {
            apply(() -> {
                EventPlan plan = events.addTable(event.id(), table.theme().number());
                refresh(plan, plan.tables().getLast().number());
            });
        }
    }

    /** Removes the selected table (and its theme, if no other table has it), after asking. */
    public void removeSelectedTable() {
        EventTable table = selected.get();
        if (table == null) {
            return;
        }
        // The question names what goes with the table, so nothing is lost without the user knowing.
        TableUse use = events.tableUse(event.id(), table.number());
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
            apply(() -> refresh(events.removeTable(event.id(), table.number(), true), 1));
        }
    }

    /** Runs a change; a refusal is shown to the user and changes nothing. */
    private boolean apply(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserError e) {
            context.dialogs().showError(context.text("event.saveFailed"), e.describe(context.messages()));
            return false;
        }
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
                apply(undo);
            }

            @Override
            public void redo() {
                apply(redo);
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
