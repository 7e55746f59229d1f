package jp.tsunagu.venue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.Theme;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.Attendance;
import jp.tsunagu.registrant.FileAttendance;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.ScoreBreakdown;
import jp.tsunagu.seating.Seat;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.SeatingResult;
import jp.tsunagu.seating.SeatingScore;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.text.SearchKey;

/**
 * The venue day (当日): the attendance book (check in, take back, absent), walk-ins, placing one
 * person, and closing reception. Every call is one transaction, saved at once: a check-in that
 * returned survives a crash. Seats are written through the seating service, people added through
 * the registrant service; attendance is written here only.
 */
public final class VenueService implements FileAttendance {
    private final Database database;
    private final SeatingService seating;
    private final Seats seats;
    private final Registrants registrants;
    private final SeatingSolver solver;
    private final EventService events;

    public VenueService(
            Database database,
            EventService events,
            SeatingService seating,
            Seats seats,
            Registrants registrants,
            SeatingSolver solver) {
        this.events = events;
        this.database = database;
        this.seating = seating;
        this.seats = seats;
        this.registrants = registrants;
        this.solver = solver;
    }

    /** Everyone registered for the event, by id, with attendance and seat. */
    public List<VenuePerson> people(long eventId) {
        return database.read(c -> people(c, eventId));
    }

    // Attendance from the person table, seats from their owner, in one read.
    private List<VenuePerson> people(Connection c, long eventId) throws SQLException {
        Map<Long, Seat> seated = seats.of(eventId);
        return VenueStore.people(c, eventId).stream()
                .map(p -> seatOf(p, seated.get(p.id())))
                .toList();
    }

    private static VenuePerson seatOf(VenuePerson p, Seat seat) {
        return seat == null ? p : p.at(seat.table(), seat.locked());
    }

    public VenuePerson person(long eventId, long personId) {
        return database.read(c -> require(c, eventId, personId));
    }

    /** The participant with this email (case does not matter). */
    public VenuePerson byEmail(long eventId, String email) {
        return database.read(c -> {
            long id = VenueStore.idByEmail(c, eventId, email)
                    .orElseThrow(() -> new UserError("venue.error.noEmail", email.strip()));
            return require(c, eventId, id);
        });
    }

    public VenueCounts counts(long eventId) {
        List<Integer> tables = seating.board(eventId).plan().tables().stream()
                .map(EventTable::number)
                .toList();
        return VenueCounts.of(people(eventId), tables);
    }

    /** When reception closed, if it has. */
    public Optional<String> receptionClosedAt(long eventId) {
        return database.read(c -> VenueStore.receptionClosedAt(c, eventId));
    }

    /**
     * Checks a participant in. One without a seat (absent until now, freed at closing, or never
     * seated) is placed by the venue rule without moving anybody.
     */
    public CheckIn checkIn(long eventId, long personId) {
        return database.inTransaction(c -> {
            VenuePerson before = require(c, eventId, personId);
            if (before.attendance() == Attendance.CHECKED_IN) {
                return new CheckIn(before, true, false, List.of());
            }
            VenueStore.setAttendance(
                    c, personId, Attendance.CHECKED_IN, Instant.now().toString());
            Placement placement = before.seated() ? null : placeNow(eventId, personId);
            Integer placedAt = placement == null ? null : placement.table();
            VenueStore.log(
                    c,
                    new AttendanceChange(
                            0,
                            personId,
                            before.attendance(),
                            Attendance.CHECKED_IN,
                            placedAt,
                            null,
                            false,
                            before.checkedInAt()));
            // The event's life has one owner; a first check-in joins its "held" step in this transaction.
            events.hold(eventId);
            database.changed(eventId, Topic.ATTENDANCE);
            return new CheckIn(
                    require(c, eventId, personId),
                    false,
                    placedAt != null,
                    placement == null ? List.of() : placement.violations());
        });
    }

    /**
     * Takes a check-in back: the person is as they were before it (expected, or absent), and a
     * seat the check-in gave them is freed again.
     */
    public CheckIn undoCheckIn(long eventId, long personId) {
        return database.inTransaction(c -> {
            VenuePerson now = require(c, eventId, personId);
            if (now.attendance() != Attendance.CHECKED_IN) {
                throw new UserError("venue.error.notCheckedIn", now.name());
            }
            Optional<AttendanceChange> last = VenueStore.lastChange(c, personId, Attendance.CHECKED_IN);
            Attendance back = last.map(AttendanceChange::before)
                    .filter(a -> a != Attendance.CHECKED_IN)
                    .orElse(Attendance.EXPECTED);
            boolean placedByIt = last.map(AttendanceChange::placedTable)
                    .map(t -> t.equals(now.table()))
                    .orElse(false);
            boolean free = now.seated() && (placedByIt || back == Attendance.ABSENT);
            if (free) {
                seats.free(eventId, List.of(personId));
            }
            VenueStore.setAttendance(c, personId, back, null);
            VenueStore.log(
                    c,
                    new AttendanceChange(
                            0,
                            personId,
                            Attendance.CHECKED_IN,
                            back,
                            null,
                            free ? now.table() : null,
                            free && now.locked(),
                            now.checkedInAt()));
            database.changed(eventId, Topic.ATTENDANCE);
            return new CheckIn(require(c, eventId, personId), false, false, List.of());
        });
    }

    @Override
    public java.util.Set<Long> decidedAtDesk(long eventId) {
        return database.read(c -> VenueStore.decidedAtDesk(c, eventId));
    }

    /**
     * A registration file's attendance column (出欠), brought in by the import: expected or absent,
     * never over what the desk decided (a check-in, an absence marked there). Not in the desk's log:
     * F2 takes back the desk's own changes, the import's undo takes back the import's.
     */
    @Override
    public Attendance fromFile(long eventId, long personId, Attendance wanted) {
        if (wanted == Attendance.CHECKED_IN) {
            throw new IllegalArgumentException("a file never checks anybody in");
        }
        return database.inTransaction(c -> {
            VenuePerson now = VenueStore.person(c, eventId, personId)
                    .orElseThrow(() -> new UserError("venue.error.noPerson", personId));
            if (now.attendance() == wanted || VenueStore.decidedAtDesk(c, eventId, personId)) {
                return now.attendance();
            }
            if (wanted == Attendance.ABSENT) {
                seats.free(eventId, List.of(personId));
            }
            VenueStore.setAttendance(c, personId, wanted, null);
            database.changed(eventId, Topic.ATTENDANCE);
            return now.attendance();
        });
    }

    /** Marks a participant absent; their seat is freed for others. */
    public Absence markAbsent(long eventId, long personId) {
        return database.inTransaction(c -> {
            VenuePerson now = require(c, eventId, personId);
            if (now.attendance() == Attendance.ABSENT) {
                return new Absence(now, null);
            }
            absent(c, eventId, now);
            database.changed(eventId, Topic.ATTENDANCE);
            return new Absence(require(c, eventId, personId), now.table());
        });
    }

    private void absent(Connection c, long eventId, VenuePerson now) throws SQLException {
        if (now.seated()) {
            seats.free(eventId, List.of(now.id()));
        }
        VenueStore.setAttendance(c, now.id(), Attendance.ABSENT, null);
        VenueStore.log(
                c,
                new AttendanceChange(
                        0,
                        now.id(),
                        now.attendance(),
                        Attendance.ABSENT,
                        null,
                        now.table(),
                        now.locked(),
                        now.checkedInAt()));
    }

    /**
     * A walk-in (当日参加): added, checked in and placed without moving anybody, as one
     * transaction: either all of it is saved or none.
     */
    public CheckIn walkIn(long eventId, WalkIn form) {
        List<Integer> themes = seating.board(eventId).plan().themes().stream()
                .map(Theme::number)
                .toList();
        for (Integer choice : form.choices()) {
            if (choice != null && !themes.contains(choice)) {
                throw new UserError("venue.error.noTheme", choice, themes.size());
            }
        }
        Registrant registrant = form.registrant();
        return database.inTransaction(c -> {
            StoredPerson added = registrants.add(eventId, registrant);
            VenueStore.markWalkIn(c, added.id());
            database.changed(eventId, Topic.PEOPLE);
            return checkIn(eventId, added.id());
        });
    }

    /** Takes a walk-in back whole (a mistaken entry): the person is removed with their seat. */
    public void removeWalkIn(long eventId, long personId) {
        database.inTransaction(c -> {
            VenuePerson now = require(c, eventId, personId);
            if (!now.walkIn()) {
                throw new UserError("venue.error.notWalkIn", now.name());
            }
            registrants.delete(personId);
            database.changed(eventId, Topic.PEOPLE);
            database.changed(eventId, Topic.ATTENDANCE);
            database.changed(eventId, Topic.SEATS);
            return null;
        });
    }

    /** Places a participant who has no seat, by the venue rule; nobody else moves. */
    public Placement place(long eventId, long personId) {
        return database.inTransaction(c -> {
            VenuePerson now = require(c, eventId, personId);
            if (now.attendance() == Attendance.ABSENT) {
                throw new UserError("venue.error.absent", now.name());
            }
            if (now.seated()) {
                throw new UserError("venue.error.seated", now.name(), now.table());
            }
            return placeNow(eventId, personId);
        });
    }

    /**
     * Places everyone not absent who has no seat, one after another by id, each by the venue rule:
     * nobody seated moves (the automatic seating's alternative once name cards are printed).
     * One transaction.
     */
    public List<PlacedPerson> placeUnseated(long eventId) {
        return database.inTransaction(c -> {
            List<PlacedPerson> placed = new ArrayList<>();
            for (VenuePerson p : people(c, eventId)) {
                if (p.attendance() != Attendance.ABSENT && !p.seated()) {
                    placed.add(new PlacedPerson(p, placeNow(eventId, p.id())));
                }
            }
            return placed;
        });
    }

    /** One person placed, and how. */
    public record PlacedPerson(VenuePerson person, Placement placement) {}

    // Inside the caller's transaction: the person is not absent and has no seat.
    private Placement placeNow(long eventId, long personId) {
        SeatingProblem problem = seating.board(eventId).problem();
        Map<Integer, Integer> capacity =
                VenueCapacity.of(problem.tables(), problem.participants().size());
        Placement placement = Placement.choose(problem, personId, capacity);
        if (placement.table() != null) {
            seating.put(eventId, List.of(new Seat(personId, placement.table(), false)));
            database.changed(eventId, Topic.SEATS);
        }
        return placement;
    }

    /** What closing reception would do now, without doing it. */
    public ClosingPlan previewClosing(long eventId) {
        return previewClosing(eventId, () -> false);
    }

    public ClosingPlan previewClosing(long eventId, BooleanSupplier cancelled) {
        return database.read(c -> plan(c, eventId, cancelled));
    }

    /**
     * Closes reception (受付締切): everyone still expected becomes absent and loses their seat,
     * then the present participants are seated again to maximise score - weight x moves, by the
     * same exact solver as the automatic seating. One transaction.
     */
    public ClosingPlan closeReception(long eventId) {
        return database.inTransaction(c -> {
            Computed computed = compute(c, eventId, () -> false);
            ClosingPlan plan = computed.plan();
            for (VenuePerson p : plan.becomingAbsent()) {
                absent(c, eventId, p);
            }
            List<Seat> seats = new ArrayList<>();
            Map<Long, Boolean> locked = new HashMap<>();
            Map<Long, Integer> tableBefore = new HashMap<>();
            for (VenuePerson p : people(c, eventId)) {
                locked.put(p.id(), p.locked());
                tableBefore.put(p.id(), p.table());
            }
            for (Map.Entry<Long, Integer> after : computed.seats().entrySet()) {
                long id = after.getKey();
                Integer to = after.getValue();
                boolean keepLock = to != null && to.equals(tableBefore.get(id)) && locked.get(id);
                seats.add(new Seat(id, to, keepLock));
            }
            seating.put(eventId, seats);
            VenueStore.closeReception(c, eventId);
            database.changed(eventId, Topic.ATTENDANCE);
            database.changed(eventId, Topic.SEATS);
            return plan;
        });
    }

    private record Computed(ClosingPlan plan, Map<Long, Integer> seats) {}

    private ClosingPlan plan(Connection c, long eventId, BooleanSupplier cancelled) throws SQLException {
        return compute(c, eventId, cancelled).plan();
    }

    private Computed compute(Connection c, long eventId, BooleanSupplier cancelled) throws SQLException {
        List<VenuePerson> people = people(c, eventId);
        Map<Long, VenuePerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        SeatingBoard board = seating.board(eventId);
        List<VenuePerson> becomingAbsent = people.stream()
                .filter(p -> p.attendance() == Attendance.EXPECTED)
                .sorted(byReading())
                .toList();
        List<Participant> present = board.problem().participants().stream()
                .filter(p -> byId.get(p.id()).attendance() == Attendance.CHECKED_IN)
                .toList();
        SeatingProblem problem = new SeatingProblem(
                VenueCapacity.applied(board.problem().tables(), present.size()),
                present,
                board.problem().earlierTablemates(),
                board.problem().rules());
        Map<Long, Integer> now = new HashMap<>();
        present.stream().filter(p -> p.currentTable() != null).forEach(p -> now.put(p.id(), p.currentTable()));
        ScoreBreakdown before = SeatingScore.of(problem, now);
        int weight = VenueStore.moveWeight(c, eventId);
        SeatingResult result = solver.solveKeeping(problem, weight, cancelled);
        List<Move> moves = new ArrayList<>();
        List<Move> placed = new ArrayList<>();
        Map<Long, Integer> seats = new HashMap<>();
        for (Participant p : present) {
            VenuePerson who = byId.get(p.id());
            Integer to = result.seats().get(p.id());
            seats.put(p.id(), to);
            Move move = new Move(p.id(), who.name(), who.reading(), p.currentTable(), to);
            if (p.currentTable() == null) {
                placed.add(move);
            } else if (!p.currentTable().equals(to)) {
                moves.add(move);
            }
        }
        Comparator<Move> order = Comparator.comparing((Move m) -> m.from() == null ? 0 : m.from())
                .thenComparing(m -> SearchKey.of(m.reading()))
                .thenComparingLong(Move::personId);
        moves.sort(order);
        placed.sort(order);
        int absentAfter = (int) people.stream()
                        .filter(p -> p.attendance() == Attendance.ABSENT)
                        .count()
                + becomingAbsent.size();
        ClosingPlan plan = new ClosingPlan(
                becomingAbsent,
                moves,
                placed,
                before,
                result.score(),
                weight,
                absentAfter,
                result.unseated(),
                result.violations(),
                result.millis(),
                result.optimal());
        return new Computed(plan, seats);
    }

    private static Comparator<VenuePerson> byReading() {
        return Comparator.comparing((VenuePerson p) -> SearchKey.of(p.reading().isEmpty() ? p.name() : p.reading()))
                .thenComparingLong(VenuePerson::id);
    }

    private VenuePerson require(Connection c, long eventId, long personId) throws SQLException {
        VenuePerson p = VenueStore.person(c, eventId, personId)
                .orElseThrow(() -> new UserError("venue.error.noPerson", personId));
        return seatOf(p, seats.of(eventId).get(personId));
    }
}
