package jp.tsunagu.event;

import static jp.tsunagu.event.EventRules.require;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange;

/**
 * Preparing an event (準備): create it with the seven default sub-theme tables, edit its details,
 * themes, table capacities and table hosts. Each call is one transaction; a refused change
 * changes nothing.
 */
public final class EventService {
    /** A step of closing an event that another capability takes, inside the closing transaction. */
    @FunctionalInterface
    public interface Closing {
        void closing(long eventId);
    }

    private final Database database;
    private final List<Closing> closingSteps = new CopyOnWriteArrayList<>();
    private volatile TableUse.Counter seated = (eventId, table) -> 0;
    private volatile TableUse.Counter outcomes = (eventId, table) -> 0;

    public EventService(Database database) {
        this.database = database;
    }

    /**
     * How a table's use is counted: the seating counts who sits there, the outcomes what was
     * recorded for it. Set once by the composition root; without it nothing is counted.
     */
    public void countTableUseWith(TableUse.Counter seatedAt, TableUse.Counter outcomesOf) {
        this.seated = seatedAt;
        this.outcomes = outcomesOf;
    }

    /** Adds a step to closing an event (the seating keeps who sat with whom). */
    public void onClose(Closing step) {
        closingSteps.add(step);
    }

    /** Where the event is in its life. */
    public EventStatus status(long eventId) {
        return database.read(c -> EventStore.status(c, eventId))
                .orElseThrow(() -> new UserError("event.error.notFound", eventId));
    }

    /** The day has come: reception opened. A held event stays held; a closed one is not opened again. */
    public EventStatus hold(long eventId) {
        return database.inTransaction(c -> {
            EventStatus now =
                    EventStore.status(c, eventId).orElseThrow(() -> new UserError("event.error.notFound", eventId));
            if (now == EventStatus.CLOSED) {
                throw new UserError("event.error.closed");
            }
            if (now == EventStatus.PREPARED) {
                EventStore.setStatus(c, eventId, EventStatus.HELD);
                database.changed(eventId, StoreChange.Topic.EVENTS);
            }
            return EventStatus.HELD;
        });
    }

    /**
     * The event is over: its status becomes closed and every closing step runs (the seating keeps
     * who sat with whom as history), all in one transaction. Closing twice is refused, so the
     * history is written once.
     */
    public EventStatus close(long eventId) {
        return database.inTransaction(c -> {
            EventStatus now =
                    EventStore.status(c, eventId).orElseThrow(() -> new UserError("event.error.notFound", eventId));
            if (now == EventStatus.CLOSED) {
                throw new UserError("event.error.closed");
            }
            EventStore.setStatus(c, eventId, EventStatus.CLOSED);
            for (Closing step : closingSteps) {
                step.closing(eventId);
            }
            database.changed(eventId, StoreChange.Topic.EVENTS);
            return EventStatus.CLOSED;
        });
    }

    /** What goes or loses its table with table {@code tableNumber}: seats, outcomes, a closed event's history. */
    public TableUse tableUse(long eventId, int tableNumber) {
        return database.read(c -> {
            table(plan(c, eventId), tableNumber);
            return use(c, eventId, tableNumber);
        });
    }

    /** The same for every table of theme {@code themeNumber}. */
    public TableUse themeUse(long eventId, int themeNumber) {
        return database.read(c -> themeUse(c, plan(c, eventId), themeNumber));
    }

    private TableUse use(Connection c, long eventId, int tableNumber) throws SQLException {
        boolean closed = EventStore.status(c, eventId).orElse(EventStatus.PREPARED) == EventStatus.CLOSED;
        return new TableUse(seated.count(eventId, tableNumber), outcomes.count(eventId, tableNumber), closed);
    }

    private TableUse themeUse(Connection c, EventPlan plan, int themeNumber) throws SQLException {
        Theme theme = theme(plan, themeNumber);
        TableUse use = TableUse.NONE;
        for (EventTable t : plan.tables()) {
            if (t.theme().id() == theme.id()) {
                use = use.plus(use(c, plan.event().id(), t.number()));
            }
        }
        return use;
    }

    /** Creates an event with one table per default theme, numbered 1..7. */
    public EventPlan create(EventDetails details) {
        require(EventRules.nameProblem(details.name()));
        return database.inTransaction(c -> {
            long id = EventStore.insertEvent(c, details);
            database.changed(id, StoreChange.Topic.EVENTS);
            for (int i = 0; i < DefaultThemes.KAKEGAWA.size(); i++) {
                int number = i + 1;
                long themeId = EventStore.insertTheme(
                        c, id, number, DefaultThemes.KAKEGAWA.get(i), DefaultThemes.colour(number));
                EventStore.insertTable(c, id, number, themeId);
            }
            return plan(c, id);
        });
    }

    /** All events, newest first. */
    public List<Event> list() {
        return database.read(EventStore::events);
    }

    /** The event created last, which commands use when no {@code --event} is given. */
    public Optional<Event> latest() {
        return list().stream().findFirst();
    }

    /** The event with {@code id}, or the latest when {@code id} is null; refuses when there is none. */
    public Event resolve(Long id) {
        if (id == null) {
            return latest().orElseThrow(() -> new UserError("event.error.none"));
        }
        return database.read(c -> EventStore.event(c, id)).orElseThrow(() -> new UserError("event.error.notFound", id));
    }

    public EventPlan plan(long eventId) {
        return database.read(c -> plan(c, eventId));
    }

    public Event update(long eventId, EventDetails details) {
        require(EventRules.nameProblem(details.name()));
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.EVENTS);
            existing(c, eventId);
            EventStore.updateEvent(c, eventId, details);
            return existing(c, eventId);
        });
    }

    public void delete(long eventId) {
        database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.EVENTS);
            existing(c, eventId);
            EventStore.deleteEvent(c, eventId);
            return null;
        });
    }

    /** Adds a theme at the end of the list, with a table of its own. */
    public EventPlan addTheme(long eventId, String name) {
        require(EventRules.themeNameProblem(name));
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            existing(c, eventId);
            int number = EventStore.maxNumber(c, "theme", eventId) + 1;
            long themeId = EventStore.insertTheme(c, eventId, number, name.strip(), DefaultThemes.colour(number));
            EventStore.insertTable(c, eventId, EventStore.maxNumber(c, "seating_table", eventId) + 1, themeId);
            return plan(c, eventId);
        });
    }

    /** Adds one more table to a popular theme. */
    public EventPlan addTable(long eventId, int themeNumber) {
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            Theme theme = theme(plan(c, eventId), themeNumber);
            EventStore.insertTable(c, eventId, EventStore.maxNumber(c, "seating_table", eventId) + 1, theme.id());
            return plan(c, eventId);
        });
    }

    public EventPlan renameTheme(long eventId, int themeNumber, String name) {
        require(EventRules.themeNameProblem(name));
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            EventStore.renameTheme(c, theme(plan(c, eventId), themeNumber).id(), name.strip());
            return plan(c, eventId);
        });
    }

    /**
     * Drops a theme with its tables and their hosts; people who chose it keep their other choices.
     * Themes and tables are numbered again without a gap.
     */
    public EventPlan dropTheme(long eventId, int themeNumber) {
        return dropTheme(eventId, themeNumber, false);
    }

    /**
     * Drops a theme; when its tables have seats, outcomes or history ({@link #themeUse}), only
     * with {@code confirmed} (the user said yes to losing them), so nothing goes silently.
     */
    public EventPlan dropTheme(long eventId, int themeNumber, boolean confirmed) {
        return database.inTransaction(c -> {
            EventPlan plan = plan(c, eventId);
            if (plan.themes().size() == 1) {
                throw new UserError("event.error.lastTheme");
            }
            if (!confirmed && themeUse(c, plan, themeNumber).inUse()) {
                throw new UserError("event.error.themeInUse", themeNumber);
            }
            database.changed(eventId, StoreChange.Topic.TABLES);
            database.changed(eventId, StoreChange.Topic.SEATS);
            EventStore.delete(c, "theme", theme(plan, themeNumber).id());
            EventStore.renumber(c, eventId);
            return plan(c, eventId);
        });
    }

    /** Removes one table; its theme stays while another table has it. */
    public EventPlan removeTable(long eventId, int tableNumber) {
        return removeTable(eventId, tableNumber, false);
    }

    /**
     * Removes one table; when it has seats, outcomes or history ({@link #tableUse}), only with
     * {@code confirmed} (the user said yes to losing them), so nothing goes silently.
     */
    public EventPlan removeTable(long eventId, int tableNumber, boolean confirmed) {
        return database.inTransaction(c -> {
            EventPlan plan = plan(c, eventId);
            EventTable table = table(plan, tableNumber);
            if (!confirmed && use(c, eventId, tableNumber).inUse()) {
                throw new UserError("event.error.tableInUse", tableNumber);
            }
            database.changed(eventId, StoreChange.Topic.TABLES);
            database.changed(eventId, StoreChange.Topic.SEATS);
            long sameTheme = plan.tables().stream()
                    .filter(t -> t.theme().id() == table.theme().id())
                    .count();
            if (plan.tables().size() == 1) {
                throw new UserError("event.error.lastTable");
            }
            EventStore.delete(
                    c,
                    sameTheme == 1 ? "theme" : "seating_table",
                    sameTheme == 1 ? table.theme().id() : table.id());
            EventStore.renumber(c, eventId);
            return plan(c, eventId);
        });
    }

    /** Changes a table's capacity and/or the name of its theme, all or nothing. */
    public EventTable changeTable(long eventId, TableChange change) {
        change.capacity()
                .ifPresent(capacity -> require(EventRules.capacityProblem(capacity.seats()), EventRules.MAX_CAPACITY));
        change.themeName().ifPresent(name -> require(EventRules.themeNameProblem(name)));
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            EventTable table = table(plan(c, eventId), change.tableNumber());
            if (change.capacity().isPresent()) {
                EventStore.setCapacity(c, table.id(), change.capacity().get().seats());
            }
            if (change.themeName().isPresent()) {
                EventStore.renameTheme(
                        c, table.theme().id(), change.themeName().get().strip());
            }
            return table(plan(c, eventId), change.tableNumber());
        });
    }

    /** Saves the preparation screen's edit of one table, all or nothing. */
    public EventTable editTable(long eventId, TableEdit edit) {
        require(EventRules.themeNameProblem(edit.themeName()));
        require(EventRules.capacityProblem(edit.capacity()), EventRules.MAX_CAPACITY);
        for (Optional<StaffDetails> host : java.util.List.of(edit.advisor(), edit.facilitator())) {
            host.ifPresent(h -> {
                require(EventRules.staffNameProblem(h.name()));
                require(EventRules.emailProblem(h.email()), h.email());
            });
        }
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            EventTable table = table(plan(c, eventId), edit.tableNumber());
            EventStore.renameTheme(c, table.theme().id(), edit.themeName().strip());
            EventStore.setCapacity(c, table.id(), edit.capacity());
            putOrRemove(c, table.id(), StaffRole.ADVISOR, edit.advisor());
            putOrRemove(c, table.id(), StaffRole.FACILITATOR, edit.facilitator());
            return table(plan(c, eventId), edit.tableNumber());
        });
    }

    private static void putOrRemove(Connection c, long tableId, StaffRole role, Optional<StaffDetails> host)
            throws SQLException {
        if (host.isPresent()) {
            EventStore.putStaff(c, tableId, role, host.get());
        } else {
            EventStore.removeStaff(c, tableId, role);
        }
    }

    /** Sets one capacity for every table (null: automatic). */
    public EventPlan setAllCapacities(long eventId, Integer seats) {
        require(EventRules.capacityProblem(seats), EventRules.MAX_CAPACITY);
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            for (EventTable table : plan(c, eventId).tables()) {
                EventStore.setCapacity(c, table.id(), seats);
            }
            return plan(c, eventId);
        });
    }

    /** Puts an advisor or facilitator on a table, replacing whoever had that role there. */
    public EventTable putStaff(long eventId, int tableNumber, StaffRole role, StaffDetails details) {
        require(EventRules.staffNameProblem(details.name()));
        require(EventRules.emailProblem(details.email()), details.email());
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            EventTable table = table(plan(c, eventId), tableNumber);
            EventStore.putStaff(c, table.id(), role, details);
            return table(plan(c, eventId), tableNumber);
        });
    }

    public EventTable removeStaff(long eventId, int tableNumber, StaffRole role) {
        return database.inTransaction(c -> {
            database.changed(eventId, StoreChange.Topic.TABLES);
            EventTable table = table(plan(c, eventId), tableNumber);
            EventStore.removeStaff(c, table.id(), role);
            return table(plan(c, eventId), tableNumber);
        });
    }

    private static EventPlan plan(Connection c, long eventId) throws SQLException {
        Event event = existing(c, eventId);
        List<Theme> themes = EventStore.themes(c, eventId);
        return new EventPlan(event, themes, EventStore.tables(c, eventId, themes));
    }

    private static Event existing(Connection c, long eventId) throws SQLException {
        return EventStore.event(c, eventId).orElseThrow(() -> new UserError("event.error.notFound", eventId));
    }

    private static EventTable table(EventPlan plan, int number) {
        return plan.table(number)
                .orElseThrow(() -> new UserError(
                        "event.error.noTable", number, plan.tables().size()));
    }

    private static Theme theme(EventPlan plan, int number) {
        return plan.theme(number)
                .orElseThrow(() -> new UserError(
                        "event.error.noTheme", number, plan.themes().size()));
    }
}
