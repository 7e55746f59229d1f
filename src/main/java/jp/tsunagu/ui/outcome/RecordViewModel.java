package jp.tsunagu.ui.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.outcome.RemovedOutcome;
import jp.tsunagu.outcome.TableMember;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;

/**
 * The 記録 stage: one table at a time, its three lists (common interests, seeds of connection, next
 * steps) with add, edit, delete and reorder, each one service call and one undoable change.
 */
public final class RecordViewModel {
    private final UiContext context;
    private final EventService events;
    private final Outcomes outcomes;
    private final Registrants registrants;
    private final ObservableList<EventTable> tables = FXCollections.observableArrayList();
    private final ObjectProperty<EventTable> table = new SimpleObjectProperty<>();
    private final ObservableList<TableMember> members = FXCollections.observableArrayList();
    private final ObservableList<Outcome> interests = FXCollections.observableArrayList();
    private final ObservableList<Outcome> seeds = FXCollections.observableArrayList();
    private final ObservableList<Outcome> steps = FXCollections.observableArrayList();
    private Event event;

    public RecordViewModel(UiContext context, EventService events, Outcomes outcomes, Registrants registrants) {
        this.context = context;
        this.events = events;
        this.outcomes = outcomes;
        this.registrants = registrants;
        table.addListener((o, a, b) -> refresh());
        // A seat or a check-in changed elsewhere shows in the members; tables renamed show in the list.
        context.live()
                .watch(
                        () -> event == null ? 0 : event.id(),
                        Set.of(Topic.OUTCOMES, Topic.FOLLOW_UPS, Topic.SEATS, Topic.ATTENDANCE, Topic.PEOPLE),
                        this::refresh);
        context.live().watch(() -> event == null ? 0 : event.id(), Set.of(Topic.TABLES, Topic.EVENTS), () -> {
            if (event != null) {
                show(event);
            }
        });
    }

    public UiContext context() {
        return context;
    }

    public void show(Event shown) {
        this.event = shown;
        EventTable before = table.get();
        List<EventTable> all = events.plan(shown.id()).tables();
        tables.setAll(all);
        EventTable again = before == null
                ? null
                : all.stream()
                        .filter(t -> t.number() == before.number())
                        .findFirst()
                        .orElse(null);
        if (again == null && !all.isEmpty()) {
            again = all.getFirst();
        }
        if (again != null && again.equals(table.get())) {
            refresh();
        } else {
            table.set(again);
        }
    }

    /** Reads the chosen table's members and lists again. */
    public void refresh() {
        EventTable t = table.get();
        if (event == null || t == null) {
            members.clear();
            interests.clear();
            seeds.clear();
            steps.clear();
            return;
        }
        members.setAll(outcomes.members(event.id(), t.number()));
        List<Outcome> all = outcomes.forTable(event.id(), t.number());
        interests.setAll(
                all.stream().filter(o -> o.kind() == OutcomeKind.INTEREST).toList());
        seeds.setAll(all.stream().filter(o -> o.kind() == OutcomeKind.SEED).toList());
        steps.setAll(all.stream().filter(o -> o.kind() == OutcomeKind.STEP).toList());
    }

    public ObservableList<Outcome> list(OutcomeKind kind) {
        return switch (kind) {
            case INTEREST -> interests;
            case SEED -> seeds;
            case STEP -> steps;
        };
    }

    /** Records a line at the end of its list; false (with the reason shown) when it was refused. */
    public boolean add(OutcomeDraft draft) {
        EventTable t = table.get();
        if (event == null || t == null) {
            return false;
        }
        long eventId = event.id();
        int number = t.number();
        Long id = attempt(() -> outcomes.add(eventId, number, draft));
        if (id == null) {
            return false;
        }
        RemovedOutcome[] removed = new RemovedOutcome[1];
        context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.add", draft.text()),
                        () -> removed[0] = outcomes.delete(id),
                        () -> outcomes.restore(removed[0])));
        refresh();
        return true;
    }

    /** Changes a line's text, people, owner or date; false when refused. */
    public boolean edit(Outcome outcome, OutcomeDraft draft) {
        Outcome before = attempt(() -> outcomes.edit(outcome.id(), draft));
        if (before == null) {
            return false;
        }
        context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.edit", before.text()),
                        () -> outcomes.edit(outcome.id(), OutcomeDraft.of(before)),
                        () -> outcomes.edit(outcome.id(), draft)));
        refresh();
        return true;
    }

    public void delete(Outcome outcome) {
        RemovedOutcome removed = attempt(() -> outcomes.delete(outcome.id()));
        if (removed == null) {
            return;
        }
        context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.delete", outcome.text()),
                        () -> outcomes.restore(removed),
                        () -> outcomes.delete(outcome.id())));
        refresh();
    }

    /** Moves a line one place up ({@code -1}) or down ({@code +1}) in its list. */
    public void move(Outcome outcome, int by) {
        List<Outcome> list = list(outcome.kind());
        int index = list.indexOf(outcome);
        int to = index + by;
        if (index < 0 || to < 0 || to >= list.size()) {
            return;
        }
        Integer from = attempt(() -> outcomes.move(outcome.id(), to));
        if (from == null) {
            return;
        }
        context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.move", outcome.text()),
                        () -> outcomes.move(outcome.id(), from),
                        () -> outcomes.move(outcome.id(), to)));
        refresh();
    }

    /** A member's name for the lists, or the id when they are no longer a participant. */
    public String name(long personId) {
        return members.stream()
                .filter(m -> m.id() == personId)
                .map(TableMember::name)
                .findFirst()
                .orElseGet(() -> {
                    try {
                        return registrants.get(personId).registrant().name();
                    } catch (UserError e) {
                        return "#" + personId;
                    }
                });
    }

    /** Today, for the date fields' suggestions. */
    public LocalDate today() {
        return LocalDate.now();
    }

    private <T> T attempt(Supplier<T> work) {
        try {
            return work.get();
        } catch (UserError e) {
            context.dialogs().showError(context.text("outcome.ui.errorTitle"), e.describe(context.messages()));
            return null;
        }
    }

    private UndoableEdit edit(String description, Runnable undo, Runnable redo) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
                refresh();
            }

            @Override
            public void redo() {
                redo.run();
                refresh();
            }
        };
    }

    public ObservableList<EventTable> tables() {
        return tables;
    }

    public ObjectProperty<EventTable> table() {
        return table;
    }

    public ObservableList<TableMember> members() {
        return members;
    }
}
