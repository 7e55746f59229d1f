package jp.tsunagu.ui.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.seating.Seat;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingResult;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.text.SearchKey;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;
import jp.tsunagu.venue.VenueService;

/**
 * The seating board (座席): the event's seating as it stands, the board's changes (move, swap,
 * lock, automatic seating) each saved at once and undoable, the score and its terms, the rules
 * that do not hold and the search. Plain JavaFX properties; tested without a window.
 */
public final class SeatingBoardViewModel {
    private final UiContext context;
    private final SeatingService seatingService;
    private final Executor uiThread;
    private final ObjectProperty<SeatingBoard> board = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty seating = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final SeatingBoardTexts texts;
    private Event event;

    /** @param uiThread runs work on the UI thread (Platform::runLater; Runnable::run in tests) */
    public SeatingBoardViewModel(UiContext context, SeatingService seating, Executor uiThread) {
        this(context, seating, null, null, uiThread);
    }

    /**
     * @param printing tells whether the event's name cards are printed (then the automatic seating asks first);
     *     null to never ask
     * @param venue places only the people without a seat, when the user prefers that after printing
     */
    public SeatingBoardViewModel(
            UiContext context, SeatingService seating, PrintService printing, VenueService venue, Executor uiThread) {
        this.context = context;
        this.seatingService = seating;
        this.printing = printing;
        this.venue = venue;
        // A check-in, a walk-in or an edit elsewhere shows on the board at once.
        context.live()
                .watch(
                        () -> event == null ? 0 : event.id(),
                        Set.of(Topic.PEOPLE, Topic.SEATS, Topic.ATTENDANCE, Topic.TABLES),
                        this::reloadUnlessSeating);
        this.uiThread = uiThread;
        this.texts = new SeatingBoardTexts(context, board::get);
    }

    private final PrintService printing;
    private final VenueService venue;

    private SeatingService seatingService() {
        return seatingService;
    }

    /** Shows {@code shown}; opening the stage again for the same event reads nothing (the board is kept current). */
    public void show(Event shown) {
        boolean same = event != null && event.id() == shown.id();
        this.event = shown;
        if (!same) {
            reloadInBackground();
        }
    }

    // While the automatic seating runs, the board shows its progress; it reads the store when done.
    private void reloadUnlessSeating() {
        if (!seating.get()) {
            reloadInBackground();
        }
    }

    /** Reads the seating from the store again (off the FX thread): after the user's own change, the board shows it. */
    public void reload() {
        reloadInBackground();
    }

    /**
     * Reads the seating off the FX thread, for opening the stage and for changes made elsewhere:
     * while an import holds the store, the window waits for the board without freezing.
     */
    private void reloadInBackground() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "seatingBoard",
                        () -> seatingService().board(eventId),
                        read -> {
                            if (event != null && event.id() == eventId && !seating.get()) {
                                board.set(read);
                            }
                        },
                        failure ->
                                context.dialogs().showError(context.text("seating.board.failed"), describe(failure)));
    }

    // ---- changes: each one service call, recorded for undo ----

    /** Moves a person to a table (null: back to the waiting list). */
    public void move(long personId, Integer table) {
        Optional<SeatedPerson> person = person(personId);
        if (person.isEmpty() || java.util.Objects.equals(person.get().table(), table)) {
            return;
        }
        change(
                table == null
                        ? context.text("seating.undo.unseat", person.get().name())
                        : context.text("seating.undo.move", person.get().name(), table),
                List.of(personId),
                () -> seatingService().move(event.id(), personId, table));
        selected.set(personId);
    }

    /** Swaps two people's tables. */
    public void swap(long first, long second) {
        Optional<SeatedPerson> a = person(first);
        Optional<SeatedPerson> b = person(second);
        if (a.isEmpty()
                || b.isEmpty()
                || first == second
                || java.util.Objects.equals(a.get().table(), b.get().table())) {
            return;
        }
        change(
                context.text("seating.undo.swap", a.get().name(), b.get().name()),
                List.of(first, second),
                () -> seatingService().swap(event.id(), first, second));
        selected.set(first);
    }

    /** Locks a seated person to their table, or unlocks them. */
    public void toggleLock(long personId) {
        Optional<SeatedPerson> person = person(personId);
        if (person.isEmpty() || person.get().table() == null) {
            return;
        }
        boolean lock = !person.get().locked();
        change(
                context.text(
                        lock ? "seating.undo.lock" : "seating.undo.unlock",
                        person.get().name()),
                List.of(personId),
                () -> seatingService().lock(event.id(), personId, lock));
    }

    /** Moves the selected person one table left (-1) or right (+1), for the keyboard. */
    public void moveSelectedBy(int step) {
        Long id = selected.get();
        SeatingBoard now = board.get();
        if (id == null || now == null || now.plan().tables().isEmpty()) {
            return;
        }
        List<EventTable> tables = now.plan().tables();
        Integer at = person(id).map(SeatedPerson::table).orElse(null);
        int index = at == null ? (step > 0 ? -1 : tables.size()) : indexOf(tables, at);
        int next = index + step;
        if (next >= 0 && next < tables.size()) {
            move(id, tables.get(next).number());
        }
    }

    private static int indexOf(List<EventTable> tables, int number) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Seats everyone automatically off the UI thread. The quick seating shows on the board as soon
     * as it is there; the saved seating replaces it at the end. Cancel keeps the best so far.
     */
    public void autoSeat() {
        if (event == null || seating.get()) {
            return;
        }
        long eventId = event.id();
        // What the questions before seating need is read off the FX thread, then asked on it.
        context.tasks()
                .change(
                        () -> new BeforeSeating(
                                seatingService().board(eventId),
                                seatingService().seats(eventId),
                                printing != null
                                        && printing.cardsPrintedAt(eventId).isPresent()),
                        before -> autoSeat(eventId, before),
                        failure ->
                                context.dialogs().showError(context.text("seating.board.failed"), describe(failure)));
    }

    /** The board, its seats and whether name cards were printed, as they stood when the user asked. */
    private record BeforeSeating(SeatingBoard board, List<Seat> seats, boolean cardsPrinted) {}

    private void autoSeat(long eventId, BeforeSeating asked) {
        if (event == null || event.id() != eventId || seating.get()) {
            return;
        }
        SeatingBoard now = asked.board();
        // Seats that run short are said before seating, with the fix, rather than found after.
        if (now.seatsShort() > 0
                && !context.dialogs()
                        .confirm(
                                context.text("seating.board.short.title"),
                                context.text(
                                        "seating.board.short.confirm",
                                        now.people().size(),
                                        now.seats(),
                                        now.seatsShort()))) {
            return;
        }
        List<Seat> before = asked.seats();
        if (!everyoneAgainAfterPrinting(eventId, before, asked.cardsPrinted())) {
            return;
        }
        cancel.set(false);
        seating.set(true);
        progress.set(0);
        context.tasks()
                .run(
                        context.text("seating.board.autoSeatTask"),
                        work -> {
                            try {
                                seatingService()
                                        .assign(
                                                eventId,
                                                p -> {
                                                    work.update(Math.round(p.fraction() * 1000), 1000);
                                                    uiThread.execute(() -> {
                                                        progress.set(p.fraction());
                                                        if (p.bestSoFar() != null && p.searching()) {
                                                            preview(p.bestSoFar());
                                                        }
                                                    });
                                                },
                                                () -> cancel.get() || work.isCancelled());
                                return seatingService().seats(eventId);
                            } finally {
                                // Also after a cancel from the status bar: the best so far was saved.
                                uiThread.execute(this::seatingEnded);
                            }
                        },
                        after -> context.undo().done(restoring(context.text("seating.undo.autoSeat"), before, after)),
                        failure ->
                                context.dialogs().showError(context.text("seating.board.failed"), describe(failure)));
    }

    /**
     * Once the name cards are printed, moving people makes their cards wrong: ask first, and offer to
     * place only the people without a seat (nobody moves). False when the full seating should not run.
     */
    private boolean everyoneAgainAfterPrinting(long eventId, List<Seat> before, boolean cardsPrinted) {
        boolean anyoneSeated = before.stream().anyMatch(s -> s.table() != null);
        if (printing == null || venue == null || !anyoneSeated || !cardsPrinted) {
            return true;
        }
        String title = context.text("venue.assign.confirmTitle");
        if (context.dialogs().confirm(title, context.text("venue.assign.confirmAll"))) {
            return true;
        }
        long unseated = before.stream().filter(s -> s.table() == null).count();
        if (unseated > 0 && context.dialogs().confirm(title, context.text("venue.assign.confirmUnseated", unseated))) {
            context.tasks()
                    .change(
                            () -> {
                                venue.placeUnseated(eventId);
                                return seatingService().seats(eventId);
                            },
                            after -> {
                                context.undo().done(restoring(context.text("venue.assign.undo"), before, after));
                                reload();
                            },
                            failure -> context.dialogs()
                                    .showError(context.text("seating.board.failed"), describe(failure)));
        }
        return false;
    }

    private void seatingEnded() {
        seating.set(false);
        progress.set(1);
        reload();
    }

    public void cancelAutoSeat() {
        cancel.set(true);
    }

    /** Shows a seating not yet saved (the quick one) with the review the solver made of it. */
    private void preview(SeatingResult result) {
        SeatingBoard now = board.get();
        if (now == null) {
            return;
        }
        List<SeatedPerson> moved = new ArrayList<>();
        for (SeatedPerson p : now.people()) {
            Integer table = result.seats().get(p.id());
            moved.add(p.at(table, p.locked()));
        }
        board.set(new SeatingBoard(now.plan(), moved, now.problem(), result));
    }

    /**
     * Carries out one change of the board off the FX thread (the window never waits for the store,
     * even while an import holds it) and records it for undo with the seats before and after.
     */
    private void change(String description, List<Long> people, Runnable work) {
        if (seating.get()) {
            return; // the automatic seating is about to save over the whole board
        }
        long eventId = event.id();
        context.tasks()
                .change(
                        () -> {
                            List<Seat> before = seatsOf(eventId, people);
                            work.run();
                            return List.of(before, seatsOf(eventId, people));
                        },
                        beforeAndAfter -> {
                            context.undo().done(restoring(description, beforeAndAfter.get(0), beforeAndAfter.get(1)));
                            reload();
                        },
                        failure -> {
                            context.dialogs().showError(context.text("seating.board.failed"), describe(failure));
                            reload();
                        });
    }

    private List<Seat> seatsOf(long eventId, List<Long> people) {
        return seatingService().seats(eventId).stream()
                .filter(s -> people.contains(s.personId()))
                .toList();
    }

    private UndoableEdit restoring(String description, List<Seat> before, List<Seat> after) {
        long eventId = event.id();
        Supplier<Boolean> sameEvent = () -> event != null && event.id() == eventId;
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                put(before);
            }

            @Override
            public void redo() {
                put(after);
            }

            // Off the FX thread like every change; the board then reads the seating again.
            private void put(List<Seat> seats) {
                context.tasks()
                        .change(
                                () -> {
                                    seatingService().put(eventId, seats);
                                    return Boolean.TRUE;
                                },
                                done -> {
                                    if (sameEvent.get()) {
                                        reload();
                                    }
                                },
                                failure -> context.dialogs()
                                        .showError(context.text("seating.board.failed"), describe(failure)));
            }
        };
    }

    private String describe(Throwable failure) {
        return failure instanceof UserError e
                ? e.describe(context.messages())
                : jp.tsunagu.store.Failures.inWords(failure, null).describe(context.messages());
    }

    // ---- what the board shows ----

    /** What the board shows of the seating, as text. */
    public SeatingBoardTexts texts() {
        return texts;
    }

    public Optional<SeatedPerson> person(long id) {
        return board.get() == null ? Optional.empty() : board.get().person(id);
    }

    public List<SeatedPerson> at(int table) {
        return board.get().at(table);
    }

    /** Whether a person matches the search (name, reading or organisation, ignoring width and case). */
    public boolean matches(SeatedPerson person) {
        String query = normal(search.get());
        if (query.isEmpty()) {
            return false;
        }
        return normal(person.name()).contains(query)
                || normal(person.reading()).contains(query)
                || normal(person.organisation()).contains(query);
    }

    /** The first person the search finds, selected so the board can scroll to them. */
    public Optional<SeatedPerson> findFirst() {
        if (board.get() == null) {
            return Optional.empty();
        }
        Optional<SeatedPerson> found =
                board.get().people().stream().filter(this::matches).findFirst();
        found.ifPresent(p -> selected.set(p.id()));
        return found;
    }

    private static String normal(String text) {
        return SearchKey.of(text);
    }

    public ObjectProperty<SeatingBoard> boardProperty() {
        return board;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty seatingProperty() {
        return seating;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
