package jp.tsunagu.outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.Seat;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange.Topic;

/** What each table of an event found (記録): the service the window, the command line and the report use. */
public final class Outcomes {
    /** The longest line a worksheet holds; longer text is a paste gone wrong. */
    public static final int MAX_TEXT = 500;

    private final Database database;
    private final Registrants registrants;
    private final Seats seats;
    private final Turnout turnout;

    public Outcomes(Database database) {
        this.database = database;
        this.registrants = new Registrants(database);
        this.seats = new Seats(database);
        this.turnout = new Turnout(database);
    }

    /** Every outcome of the event, by table, kind and position. */
    public List<Outcome> list(long eventId) {
        return database.read(c -> OutcomeStore.list(c, eventId, null));
    }

    /** The outcomes of one table (by its number), by kind and position. */
    public List<Outcome> forTable(long eventId, int tableNumber) {
        return database.read(c -> OutcomeStore.list(c, eventId, tableNumber));
    }

    /** One outcome by id. */
    public Outcome get(long outcomeId) {
        return database.read(c -> existing(c, outcomeId));
    }

    /** The participants seated at the table now: whom a seed or a next step may name. */
    public List<TableMember> members(long eventId, int tableNumber) {
        return database.read(c -> {
            Map<Long, Seat> seated = seats.of(eventId);
            Map<Long, Turnout.Entry> came = turnout.of(eventId);
            List<TableMember> members = new ArrayList<>();
            for (StoredPerson p : registrants.list(eventId, RegistrantFilter.ALL)) {
                Seat seat = seated.get(p.id());
                if (seat != null && seat.table() != null && seat.table() == tableNumber) {
                    Turnout.Entry t = came.get(p.id());
                    members.add(new TableMember(
                            p.id(),
                            p.registrant().name(),
                            p.registrant().organisation(),
                            p.registrant().email(),
                            t != null && t.attended()));
                }
            }
            return members;
        });
    }

    private String name(long personId) {
        try {
            return registrants.get(personId).registrant().name();
        } catch (UserError e) {
            return "#" + personId;
        }
    }

    /** Records one line at the end of the table's list of its kind; returns its id. */
    public long add(long eventId, int tableNumber, OutcomeDraft draft) {
        return database.inTransaction(c -> {
            if (!OutcomeStore.tableExists(c, eventId, tableNumber)) {
                throw new UserError("outcome.error.noTable", tableNumber);
            }
            check(c, eventId, tableNumber, draft, Set.of());
            long id = OutcomeStore.insert(c, eventId, tableNumber, draft);
            database.changed(eventId, Topic.OUTCOMES);
            return id;
        });
    }

    /** Changes the text (and people, owner, date) of a line; its kind and place stay. Returns it as it was. */
    public Outcome edit(long outcomeId, OutcomeDraft draft) {
        return database.inTransaction(c -> {
            Outcome before = existing(c, outcomeId);
            if (draft.kind() != before.kind()) {
                throw new UserError("outcome.error.kindChange");
            }
            // People already named stay allowed, though they may have moved table since.
            Set<Long> named = new LinkedHashSet<>(before.people());
            if (before.ownerId() != null) {
                named.add(before.ownerId());
            }
            check(c, before.eventId(), before.tableNumber(), draft, named);
            OutcomeStore.update(c, outcomeId, draft);
            database.changed(before.eventId(), Topic.OUTCOMES);
            return before;
        });
    }

    /** Deletes a line with its follow-up history; what is returned puts it back ({@link #restore}). */
    public RemovedOutcome delete(long outcomeId) {
        return database.inTransaction(c -> {
            Outcome before = existing(c, outcomeId);
            List<FollowUpEntry> history =
                    OutcomeStore.history(c, before.eventId()).getOrDefault(outcomeId, List.of());
            OutcomeStore.delete(c, outcomeId);
            database.changed(before.eventId(), Topic.OUTCOMES);
            database.changed(before.eventId(), Topic.FOLLOW_UPS);
            return new RemovedOutcome(before, history);
        });
    }

    /** Puts a deleted line back where it was, with its people, status and history (undo). */
    public void restore(RemovedOutcome removed) {
        database.inTransaction(c -> {
            OutcomeStore.restore(c, removed);
            database.changed(removed.outcome().eventId(), Topic.OUTCOMES);
            database.changed(removed.outcome().eventId(), Topic.FOLLOW_UPS);
            return null;
        });
    }

    /**
     * Moves a line to {@code index} (0 = first) within its table's list of its kind; the others keep
     * their order. Returns the index it had, so that undo can move it back.
     */
    public int move(long outcomeId, int index) {
        return database.inTransaction(c -> {
            Outcome moved = existing(c, outcomeId);
            List<Long> ids = new ArrayList<>();
            for (Outcome o : OutcomeStore.list(c, moved.eventId(), moved.tableNumber())) {
                if (o.kind() == moved.kind()) {
                    ids.add(o.id());
                }
            }
            int from = ids.indexOf(outcomeId);
            ids.remove(from);
            ids.add(Math.max(0, Math.min(index, ids.size())), outcomeId);
            OutcomeStore.order(c, ids);
            database.changed(moved.eventId(), Topic.OUTCOMES);
            return from;
        });
    }

    /** Every follow-up entry of the event's seeds, by seed id, oldest first. */
    public Map<Long, List<FollowUpEntry>> history(long eventId) {
        return database.read(c -> OutcomeStore.history(c, eventId));
    }

    /**
     * Moves a seed of connection along (橋渡し): the entry is kept with its date and note, and the
     * seed stands at the status of its latest-dated entry. Returns the entry's id.
     */
    public long changeStatus(long seedId, SeedStatus status, LocalDate date, String note) {
        return database.inTransaction(c -> {
            Outcome seed = existing(c, seedId);
            if (seed.kind() != OutcomeKind.SEED) {
                throw new UserError("outcome.error.notSeed", seedId);
            }
            if (date == null) {
                throw new UserError("outcome.error.noDate");
            }
            String text = note == null ? "" : note.strip();
            if (text.length() > MAX_TEXT) {
                throw new UserError("outcome.error.tooLong", MAX_TEXT);
            }
            long id = OutcomeStore.addEntry(c, seedId, date, status, text);
            database.changed(seed.eventId(), Topic.FOLLOW_UPS);
            database.changed(seed.eventId(), Topic.OUTCOMES);
            return id;
        });
    }

    /** Takes back one follow-up entry (undo); the seed returns to the status of the latest one left. */
    public void removeStatusChange(long entryId) {
        database.inTransaction(c -> {
            Long seed = OutcomeStore.removeEntry(c, entryId);
            if (seed != null) {
                long eventId = existing(c, seed).eventId();
                database.changed(eventId, Topic.FOLLOW_UPS);
                database.changed(eventId, Topic.OUTCOMES);
            }
            return null;
        });
    }

    private static Outcome existing(Connection c, long outcomeId) throws SQLException {
        Outcome o = OutcomeStore.get(c, outcomeId);
        if (o == null) {
            throw new UserError("outcome.error.notFound", outcomeId);
        }
        return o;
    }

    private void check(Connection c, long eventId, int tableNumber, OutcomeDraft d, Set<Long> alsoAllowed)
            throws SQLException {
        if (d.text().isEmpty()) {
            throw new UserError("outcome.error.emptyText");
        }
        if (d.text().length() > MAX_TEXT) {
            throw new UserError("outcome.error.tooLong", MAX_TEXT);
        }
        if (d.kind() == OutcomeKind.INTEREST) {
            return;
        }
        List<TableMember> members = members(eventId, tableNumber);
        Set<Long> allowed = new LinkedHashSet<>(alsoAllowed);
        members.forEach(m -> allowed.add(m.id()));
        if (d.kind() == OutcomeKind.SEED) {
            if (new LinkedHashSet<>(d.people()).size() != d.people().size()) {
                throw new UserError("outcome.error.samePersonTwice");
            }
            if (d.people().size() < 2) {
                throw new UserError("outcome.error.seedPeople", tableNumber);
            }
            for (long person : d.people()) {
                if (!allowed.contains(person)) {
                    throw new UserError("outcome.error.notMember", name(person), tableNumber);
                }
            }
        } else if (d.ownerId() != null && !allowed.contains(d.ownerId())) {
            throw new UserError("outcome.error.notMember", name(d.ownerId()), tableNumber);
        }
    }
}
