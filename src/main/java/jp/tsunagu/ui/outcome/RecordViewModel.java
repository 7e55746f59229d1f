package jp.tsunagu.ui.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
    private Map<Long, String> others = Map.of();

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
        long eventId = shown.id();
        context.tasks()
                .read(
                        "recordTables",
                        () -> events.plan(eventId).tables(),
                        all -> tablesRead(eventId, all),
                        this::failed);
    }

    private void tablesRead(long eventId, List<EventTable> all) {
        if (event == null || event.id() != eventId) {
            return;
        }
        EventTable before = table.get();
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

    /** What one table shows: its members and its three lists, read in one go. */
    private record TableRecord(List<TableMember> members, List<Outcome> outcomes, Map<Long, String> others) {}

    // Names of people the lists name who no longer sit at the table, read with the lists.
    private Map<Long, String> others(List<TableMember> members, List<Outcome> all) {
        Map<Long, String> names = new HashMap<>();
        Set<Long> seated = new HashSet<>();
        members.forEach(m -> seated.add(m.id()));
        for (Outcome o : all) {
            List<Long> named = new ArrayList<>(o.people());
            if (o.ownerId() != null) {
                named.add(o.ownerId());
            }
            for (long id : named) {
                if (!seated.contains(id) && !names.containsKey(id)) {
                    String name;
                    try {
                        name = registrants.get(id).registrant().name();
                    } catch (UserError e) {
                        name = "#" + id;
                    }
                    names.put(id, name);
                }
            }
        }
        return names;
    }

    /** Reads the chosen table's members and lists again, off the FX thread; the newest read shows. */
    public void refresh() {
        EventTable t = table.get();
        if (event == null || t == null) {
            members.clear();
            interests.clear();
            seeds.clear();
            steps.clear();
            return;
        }
        long eventId = event.id();
        int number = t.number();
        context.tasks()
                .read(
                        "recordTable",
                        () -> {
                            List<TableMember> seated = outcomes.members(eventId, number);
                            List<Outcome> all = outcomes.forTable(eventId, number);
                            return new TableRecord(seated, all, others(seated, all));
                        },
                        this::shown,
                        this::failed);
    }

    private void shown(TableRecord read) {
        others = read.others();
        members.setAll(read.members());
        List<Outcome> all = read.outcomes();
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

    /** Records a line at the end of its list; true when it was stored at once (view model tests). */
    public boolean add(OutcomeDraft draft) {
        boolean[] stored = {false};
        add(draft, () -> stored[0] = true);
        return stored[0];
    }

    /**
     * Records a line at the end of its list, off the FX thread; {@code stored} runs once it is
     * stored (the form is then cleared), never when it is refused (the reason is shown, the text stays).
     */
    public void add(OutcomeDraft draft, Runnable stored) {
        EventTable t = table.get();
        if (event == null || t == null) {
            return;
        }
        long eventId = event.id();
        int number = t.number();
        attempt(() -> outcomes.add(eventId, number, draft), id -> {
            RemovedOutcome[] removed = new RemovedOutcome[1];
            context.undo()
                    .done(edit(
                            context.text("outcome.ui.undo.add", draft.text()),
                            () -> removed[0] = outcomes.delete(id),
                            () -> outcomes.restore(removed[0])));
            stored.run();
        });
    }

    /** Changes a line's text, people, owner or date; true when it was stored at once (view model tests). */
    public boolean edit(Outcome outcome, OutcomeDraft draft) {
        boolean[] stored = {false};
        edit(outcome, draft, () -> stored[0] = true);
        return stored[0];
    }

    /** Changes a line off the FX thread; {@code stored} runs once it is stored, never when refused. */
    public void edit(Outcome outcome, OutcomeDraft draft, Runnable stored) {
        attempt(() -> outcomes.edit(outcome.id(), draft), before -> {
            context.undo()
                    .done(edit(
                            context.text("outcome.ui.undo.edit", before.text()),
                            () -> outcomes.edit(outcome.id(), OutcomeDraft.of(before)),
                            () -> outcomes.edit(outcome.id(), draft)));
            stored.run();
        });
    }

    public void delete(Outcome outcome) {
        attempt(() -> outcomes.delete(outcome.id()), removed -> context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.delete", outcome.text()),
                        () -> outcomes.restore(removed),
                        () -> outcomes.delete(outcome.id()))));
    }

    /** Moves a line one place up ({@code -1}) or down ({@code +1}) in its list. */
    public void move(Outcome outcome, int by) {
        List<Outcome> list = list(outcome.kind());
        int index = list.indexOf(outcome);
        int to = index + by;
        if (index < 0 || to < 0 || to >= list.size()) {
            return;
        }
        attempt(() -> outcomes.move(outcome.id(), to), from -> context.undo()
                .done(edit(
                        context.text("outcome.ui.undo.move", outcome.text()),
                        () -> outcomes.move(outcome.id(), from),
                        () -> outcomes.move(outcome.id(), to))));
    }

    /** A member's name for the lists, or the id when they are no longer a participant. */
    public String name(long personId) {
        return members.stream()
                .filter(m -> m.id() == personId)
                .map(TableMember::name)
                .findFirst()
                .orElseGet(() -> others.getOrDefault(personId, "#" + personId));
    }

    /** Today, for the date fields' suggestions. */
    public LocalDate today() {
        return LocalDate.now();
    }

    /** Runs a change off the FX thread; then {@code done} and a fresh read, or the refusal is shown. */
    private <T> void attempt(Callable<T> work, Consumer<T> done) {
        context.tasks()
                .change(
                        work,
                        result -> {
                            done.accept(result);
                            refresh();
                        },
                        this::failed);
    }

    private void failed(Throwable e) {
        String message = e instanceof UserError u
                ? u.describe(context.messages())
                : jp.tsunagu.store.Failures.inWords(e, null).describe(context.messages());
        context.dialogs().showError(context.text("outcome.ui.errorTitle"), message);
    }

    private UndoableEdit edit(String description, Runnable undo, Runnable redo) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                attempt(
                        () -> {
                            undo.run();
                            return Boolean.TRUE;
                        },
                        done -> {});
            }

            @Override
            public void redo() {
                attempt(
                        () -> {
                            redo.run();
                            return Boolean.TRUE;
                        },
                        done -> {});
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
