package jp.tsunagu.seating;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.store.Database;

/**
 * Seating an event (座席): the automatic seating from the store's data, and the board's changes
 * (move, swap, lock), each one transaction.
 */
public final class SeatingService {
    private final Database database;
    private final EventService events;
    private final Registrants registrants;
    private final Seats seats;
    private final TablemateHistory history;
    private final SeatingSolver solver;

    public SeatingService(Database database, EventService events, SeatingSolver solver) {
        this(database, events, new Registrants(database), new Seats(database), solver);
    }

    /** Seats the people {@code registrants} keeps, at the seats {@code seats} keeps. */
    public SeatingService(
            Database database, EventService events, Registrants registrants, Seats seats, SeatingSolver solver) {
        this(database, events, registrants, seats, new TablemateHistory(database, registrants, seats), solver);
    }

    /** ... and reads who sat together before from {@code history}. */
    public SeatingService(
            Database database,
            EventService events,
            Registrants registrants,
            Seats seats,
            TablemateHistory history,
            SeatingSolver solver) {
        this.database = database;
        this.events = events;
        this.registrants = registrants;
        this.seats = seats;
        this.history = history;
        this.solver = solver;
    }

    /** The seating as it stands, with its score, rule report and reasons. */
    public SeatingBoard board(long eventId) {
        // One read: the plan, the people and their seats are of one state of the store.
        return database.read(c -> board(c, events.plan(eventId)));
    }

    private SeatingBoard board(Connection c, EventPlan plan) throws SQLException {
        return board(c, plan, true);
    }

    /**
     * {@code reviewed} false leaves the review of the seating as it stands out (an empty one): the
     * automatic seating replaces that seating and reviews its own, so judging the old one twice
     * only cost a command-line {@code assign} its time.
     */
    private SeatingBoard board(Connection c, EventPlan plan, boolean reviewed) throws SQLException {
        long eventId = plan.event().id();
        List<SeatedPerson> people = SeatingStore.participants(registrants, seats, eventId);
        SeatingProblem problem = new SeatingProblem(
                plan.tables().stream()
                        .map(t -> new SeatingTable(t.number(), t.theme().number(), t.capacity()))
                        .toList(),
                people.stream().map(SeatedPerson::participant).toList(),
                history.earlierTablemates(c, eventId, people),
                SeatingStore.rules(c, eventId));
        Map<Long, Integer> seats = new java.util.HashMap<>();
        people.stream().filter(p -> p.table() != null).forEach(p -> seats.put(p.id(), p.table()));
        SeatingResult review = reviewed
                ? SeatingReview.of(problem, seats)
                : new SeatingResult(seats, List.of(), List.of(), SeatingScore.of(problem, seats), List.of(), 0, false);
        return new SeatingBoard(plan, people, problem, review);
    }

    /** The problem the automatic seating solves for the event now. */
    public SeatingProblem problem(long eventId) {
        return board(eventId).problem();
    }

    /** Seats everyone automatically and saves it; locked people stay where they are. */
    public SeatingResult assign(long eventId) {
        return assign(eventId, progress -> {}, () -> false);
    }

    /**
     * Seats everyone automatically, keeping locked people and moving as few others as the score
     * allows, and saves the seating in one transaction. When cancelled, the best seating found so
     * far is saved. If the participants changed while the solver ran, nothing is saved and a user
     * error says so.
     */
    public SeatingResult assign(long eventId, Consumer<SeatingProgress> progress, BooleanSupplier cancelled) {
        SeatingBoard before = database.read(c -> board(c, events.plan(eventId), false));
        SeatingSolver.trace("board read");
        SeatingResult result = solver.solve(before.problem(), progress, cancelled);
        List<Seat> seats = new ArrayList<>();
        for (SeatedPerson p : before.people()) {
            Integer table = result.seats().get(p.id());
            seats.add(new Seat(p.id(), table, p.locked() && table != null && table.equals(p.table())));
        }
        database.inTransaction(c -> {
            // The solver ran on a snapshot without holding the store; another command (an import,
            // a second window) may have changed the participants meanwhile. Then this seating and
            // its report would be about people who are no longer as seated, so it is not saved.
            SeatingBoard now = board(c, events.plan(eventId), false);
            if (!now.problem().equals(before.problem()) || !now.people().equals(before.people())) {
                throw new UserError(
                        "seating.error.changedMeanwhile",
                        before.people().size(),
                        now.people().size());
            }
            this.seats.free(eventId, registrants.absent(eventId));
            this.seats.put(eventId, seats);
            return null;
        });
        return result;
    }

    /** The seats of these people now, to restore them later (undo). */
    public List<Seat> seats(long eventId) {
        // Without the review: undo records these around every change, so they must come cheap.
        return SeatingStore.participants(registrants, seats, eventId).stream()
                .map(SeatedPerson::seat)
                .toList();
    }

    /** Puts people at these seats (null table: no seat), in one transaction. */
    public void put(long eventId, List<Seat> seats) {
        database.inTransaction(c -> {
            EventPlan plan = events.plan(eventId);
            List<SeatedPerson> people = SeatingStore.participants(registrants, this.seats, eventId);
            for (Seat seat : seats) {
                if (people.stream().noneMatch(p -> p.id() == seat.personId())) {
                    throw new UserError("seating.error.noPerson", seat.personId());
                }
                if (seat.table() != null && plan.table(seat.table()).isEmpty()) {
                    throw new UserError(
                            "seating.error.noTable", seat.table(), plan.tables().size());
                }
            }
            this.seats.put(eventId, seats);
            return null;
        });
    }

    /** Moves a person to a table (null: off the tables, back to the waiting list); a lock goes with them. */
    public void move(long eventId, long personId, Integer table) {
        Seat now = seatOf(eventId, personId);
        put(eventId, List.of(new Seat(personId, table, table != null && now.locked())));
    }

    /** Swaps two people's tables; each keeps their own lock. */
    public void swap(long eventId, long first, long second) {
        Seat a = seatOf(eventId, first);
        Seat b = seatOf(eventId, second);
        put(
                eventId,
                List.of(
                        new Seat(first, b.table(), b.table() != null && a.locked()),
                        new Seat(second, a.table(), a.table() != null && b.locked())));
    }

    /** Locks a seated person to their table, or unlocks them. */
    public void lock(long eventId, long personId, boolean locked) {
        Seat now = seatOf(eventId, personId);
        if (now.table() == null) {
            throw new UserError("seating.error.lockUnseated");
        }
        put(eventId, List.of(new Seat(personId, now.table(), locked)));
    }

    private Seat seatOf(long eventId, long personId) {
        return seats(eventId).stream()
                .filter(s -> s.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new UserError("seating.error.noPerson", personId));
    }
}
