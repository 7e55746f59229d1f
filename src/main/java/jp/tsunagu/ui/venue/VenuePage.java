package jp.tsunagu.ui.venue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.printing.MovesSheet;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.venue.ClosingPlan;
import jp.tsunagu.venue.DoorCards;
import jp.tsunagu.venue.Move;
import jp.tsunagu.venue.VenuePerson;

/** The 当日 stage: the reception desk, closing reception, the room view for the projector. */
public final class VenuePage implements StagePage {
    private final UiContext context;
    private final VenueViewModel model;
    private final VenueView view;
    private final RoomWindow room;
    // The moves of the closing done in this session, for the MC's paper (shown on the room view too).
    private List<Move> lastMoves = List.of();
    private final javafx.beans.property.BooleanProperty movesKnown = new javafx.beans.property.SimpleBooleanProperty();

    public VenuePage(UiContext context) {
        this.context = context;
        this.model = new VenueViewModel(
                context,
                context.app().venue(),
                context.app().events(),
                context.app().database().changes(),
                Platform::runLater);
        VenueView[] desk = new VenueView[1];
        this.room = new RoomWindow(
                model,
                () -> desk[0] == null || desk[0].getScene() == null
                        ? null
                        : desk[0].getScene().getWindow());
        this.view = new VenueView(
                context,
                model,
                () -> room.open(RoomView.Mode.TABLES),
                this::closeReception,
                this::printCard,
                this::printMoves,
                movesKnown);
        desk[0] = view;
    }

    @Override
    public EventStage stage() {
        return EventStage.VENUE;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(Event event) {
        // Closing reception runs the exact solver: load its library while the desk is in use.
        Thread thread = new Thread(SeatingSolver::prepare, "venue-solver-prepare");
        thread.setDaemon(true);
        thread.start();
        model.show(event);
        view.focusSearch();
    }

    public VenueViewModel model() {
        return model;
    }

    RoomWindow room() {
        return room;
    }

    /** 受付締切: a preview (who becomes absent, who moves, the score), then, if agreed, closing. */
    private void closeReception() {
        String title = context.text("venue.closing.title");
        context.tasks()
                .run(
                        title,
                        progress -> model.previewClosing(),
                        plan -> {
                            if (context.dialogs().confirm(title, previewText(plan))) {
                                context.tasks()
                                        .run(
                                                title,
                                                progress -> model.closeReception(),
                                                done -> {
                                                    model.reload();
                                                    room.moves(done.moves());
                                                    lastMoves = List.copyOf(done.moves());
                                                    movesKnown.set(true);
                                                    context.dialogs().showInformation(title, movesText(done));
                                                },
                                                failed -> context.dialogs().showError(title, describe(failed)));
                            }
                        },
                        failed -> context.dialogs().showError(title, describe(failed)));
    }

    String previewText(ClosingPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(context.text("venue.closing.absent", plan.becomingAbsent().size()));
        List<String> names =
                plan.becomingAbsent().stream().map(VenuePerson::name).toList();
        if (!names.isEmpty()) {
            lines.add("  " + String.join("、", names));
        }
        lines.add(movesText(plan));
        lines.add(context.text("venue.closing.score", plan.scoreBefore(), plan.venueScore(), plan.moveWeight()));
        return String.join("\n", lines);
    }

    private String movesText(ClosingPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(
                plan.moves().isEmpty()
                        ? context.text("venue.closing.noMoves")
                        : context.text("venue.closing.moves", plan.moves().size()));
        for (Move move : plan.moves()) {
            lines.add("  " + context.text("venue.room.move", move.name(), move.from(), to(move)));
        }
        for (Move move : plan.placed()) {
            lines.add("  " + context.text("venue.closing.placed", move.name(), to(move)));
        }
        return String.join("\n", lines);
    }

    private String to(Move move) {
        return move.to() == null ? context.text("venue.cli.noTable") : String.valueOf(move.to());
    }

    /** The name card of the walk-in added last (or of the chosen person), at the next free label. */
    private void printCard() {
        Event event = model.event();
        Long id = model.lastWalkIn()
                .orElse(
                        model.selected().get() == null
                                ? null
                                : model.selected().get().id());
        if (event == null || id == null) {
            context.dialogs().showInformation(context.text("venue.cards.title"), context.text("venue.cards.choose"));
            return;
        }
        DoorCards cards = context.app().doorCards();
        Optional<Path> file = context.dialogs()
                .chooseFileToSave(
                        context.text("venue.cards.title"),
                        context.text("venue.cards.fileName"),
                        List.of(new DialogService.FileKind("PDF", List.of("*.pdf"))));
        if (file.isEmpty()) {
            return;
        }
        // A PDF written off the FX thread, as every print is; the desk goes on meanwhile.
        long eventId = event.id();
        Path chosen = file.get();
        context.tasks()
                .run(
                        context.text("venue.cards.title"),
                        progress -> cards.print(
                                eventId, Set.of(id), null, context.messages().locale(), chosen),
                        printed -> {
                            model.message()
                                    .set(context.text("venue.cards.done", printed.startAt(), printed.nextLabel()));
                            context.dialogs()
                                    .openInSystemViewer(printed.result().file());
                        },
                        e -> context.dialogs().showError(context.text("venue.cards.title"), describe(e)));
    }

    /** The MC's list of moves, printed: a PDF handed to the system's print dialog (or its viewer). */
    private void printMoves() {
        Event event = model.event();
        if (event == null) {
            return;
        }
        List<MovesSheet.Line> lines = lastMoves.stream()
                .map(m -> new MovesSheet.Line(m.name(), m.reading() == null ? "" : m.reading(), m.from(), m.to()))
                .toList();
        long eventId = event.id();
        String title = context.text("venue.desk.printMoves");
        context.tasks()
                .run(
                        title,
                        progress -> {
                            Path target = java.nio.file.Files.createTempFile("tsunagu-moves-", ".pdf");
                            target.toFile().deleteOnExit();
                            context.app().printing().printMoves(eventId, lines, target);
                            return target;
                        },
                        file -> context.dialogs().print(file),
                        failed -> context.dialogs().showError(title, describe(failed)));
    }

    private String describe(Throwable e) {
        if (e instanceof UserError error) {
            return error.describe(context.messages());
        }
        return context.text("venue.desk.failed", String.valueOf(e.getMessage()));
    }
}
