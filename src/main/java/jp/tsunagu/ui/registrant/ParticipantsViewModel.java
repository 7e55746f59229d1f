package jp.tsunagu.ui.registrant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.Theme;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.ColumnMapping;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.ImportBatch;
import jp.tsunagu.registrant.ImportResult;
import jp.tsunagu.registrant.MergedPeople;
import jp.tsunagu.registrant.PreparedImport;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.RegistrantImport;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.RemovedPeople;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;

/**
 * The 参加者 stage: import a registration file (preview, change the mapping, confirm, progress),
 * then the list sorted by reading with search and filters, edit, add, delete, merge, and undo of
 * an import. Holds state as properties; every change is one service call.
 */
public final class ParticipantsViewModel {
    /** How long the search waits after a key before it reads the list. */
    static final long SEARCH_PAUSE_MILLIS = 200;

    private final UiContext context;
    private final EventService events;
    private final Registrants registrants;
    private final RegistrantImport imports;
    // The history entry of each import made here, so that the button's undo keeps the history true.
    private final Map<Long, UndoableEdit> importEdits = new HashMap<>();
    private final ObservableList<StoredPerson> people = FXCollections.observableArrayList();
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<ThemeChoice> themeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ThemeChoice> themeFilter = new SimpleObjectProperty<>();
    private final StringProperty categoryFilter = new SimpleStringProperty("");
    private final IntegerProperty hidden = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private boolean reloading;
    private final BooleanProperty warningsOnly = new SimpleBooleanProperty();
    private final BooleanProperty duplicatesOnly = new SimpleBooleanProperty();
    private final ObjectProperty<PreparedImport> pending = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canUndoImport = new SimpleBooleanProperty();
    private Event event;

    /** The view model of the 参加者 stage, with the services it uses. */
    public ParticipantsViewModel(
            UiContext context, EventService events, Registrants registrants, RegistrantImport imports) {
        this.context = context;
        themeFilter.set(all());
        themeChoices.add(all());
        this.events = events;
        this.registrants = registrants;
        this.imports = imports;
        // Another page's change (a check-in, a seat, a renamed theme) shows here at once.
        context.live()
                .watch(
                        () -> event == null ? 0 : event.id(),
                        Set.of(Topic.PEOPLE, Topic.SEATS, Topic.ATTENDANCE, Topic.TABLES),
                        this::reloadAll);
        // The search reads the store after a pause in typing, not on every key.
        query.addListener((o, a, b) -> refreshAfter(SEARCH_PAUSE_MILLIS));
        // A filter changes only when the user changes it: a list read again keeps what was chosen.
        themeFilter.addListener((o, a, b) -> {
            if (b == null) {
                themeFilter.set(a != null && !reloading ? a : all());
            } else if (!reloading) {
                refresh();
            }
        });
        categoryFilter.addListener((o, a, b) -> {
            if (b == null) {
                categoryFilter.set(a != null && !reloading ? a : "");
            } else if (!reloading) {
                refresh();
            }
        });
        warningsOnly.addListener((o, a, b) -> refresh());
        duplicatesOnly.addListener((o, a, b) -> refresh());
    }

    /**
     * Shows {@code shown}. Opening the stage again for the same event reads nothing: the list is
     * kept current by the store's changes, and what the user set (search, filters) stays.
     */
    public void show(Event shown) {
        boolean same = event != null && event.id() == shown.id();
        if (event != null && !same) {
            // Another event: its themes and categories are not this one's.
            themeFilter.set(all());
            categoryFilter.set("");
        }
        this.event = shown;
        if (!same) {
            reloadAll();
        }
    }

    private void reloadAll() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks().read("participantsThemes", () -> events.plan(eventId).themes(), this::themesRead, this::failed);
        refresh();
    }

    private void themesRead(List<Theme> read) {
        if (!read.equals(themes)) {
            themes.setAll(read);
        }
        List<ThemeChoice> choices = new ArrayList<>();
        choices.add(all());
        read.forEach(t -> choices.add(new ThemeChoice(t.number(), themeName(t.number()))));
        keepingFilters(() -> {
            if (!choices.equals(themeChoices)) {
                Integer chosen = themeFilter.get().number();
                themeChoices.setAll(choices);
                themeFilter.set(choices.stream()
                        .filter(c -> java.util.Objects.equals(c.number(), chosen))
                        .findFirst()
                        .orElse(all()));
            }
        });
    }

    private ThemeChoice all() {
        return new ThemeChoice(null, context.text("participants.filter.allThemes"));
    }

    /** Replaces a filter's choices without the list box's passing selections changing the filter. */
    private void keepingFilters(Runnable replace) {
        ThemeChoice theme = themeFilter.get();
        String category = categoryFilter.get();
        reloading = true;
        try {
            replace.run();
        } finally {
            reloading = false;
        }
        if (themeChoices.contains(theme)) {
            themeFilter.set(theme);
        }
        if (category.isEmpty() || categories.contains(category)) {
            categoryFilter.set(category);
        }
    }

    /** What the list shows, read in one go off the FX thread; {@code everyone} counts the unfiltered. */
    private record Listing(List<StoredPerson> people, List<String> categories, boolean canUndoImport, int everyone) {}

    /**
     * Reads the list again with the current search and filters. The reading runs off the FX thread
     * (it waits while an import holds the store) and only the newest request's list is shown.
     */
    public void refresh() {
        refreshAfter(0);
    }

    private void refreshAfter(long pauseMillis) {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        ThemeChoice theme = themeFilter.get();
        RegistrantFilter filter = new RegistrantFilter(
                query.get(),
                theme == null ? null : theme.number(),
                categoryFilter.get() == null ? "" : categoryFilter.get(),
                warningsOnly.get(),
                duplicatesOnly.get());
        context.tasks()
                .readAfter(
                        "participantsList",
                        pauseMillis,
                        () -> new Listing(
                                registrants.list(eventId, filter),
                                registrants.categories(eventId),
                                imports.batches(eventId).stream().anyMatch(b -> !b.undone()),
                                registrants.list(eventId, RegistrantFilter.ALL).size()),
                        this::listed,
                        this::failed);
    }

    private void listed(Listing listing) {
        people.setAll(listing.people());
        total.set(listing.everyone());
        hidden.set(listing.everyone() - listing.people().size());
        if (!listing.categories().equals(categories)) {
            keepingFilters(() -> categories.setAll(listing.categories()));
        }
        canUndoImport.set(listing.canUndoImport());
    }

    /** Asks for a file with the chooser and previews it. */
    public void chooseFile() {
        context.dialogs()
                .chooseFileToOpen(
                        context.text("participants.import.choose"),
                        List.of(new DialogService.FileKind(
                                context.text("participants.import.kinds"),
                                List.of("*.xlsx", "*.xls", "*.csv", "*.txt"))))
                .ifPresent(this::open);
    }

    /** Reads and previews {@code file} in the background; the preview then waits for confirmation. */
    public void open(Path file) {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .run(
                        context.text("participants.import.reading", file.getFileName()),
                        progress -> imports.prepare(eventId, file, Optional.empty()),
                        pending::set,
                        this::failed);
    }

    /** The preview with one column's field changed (read off the FX thread; the newest one shows). */
    public void remap(int column, Field field) {
        PreparedImport p = pending.get();
        if (p == null) {
            return;
        }
        ColumnMapping mapping = p.preview().mapping().with(column, field);
        context.tasks()
                .read("importPreview", () -> imports.remap(p, mapping), again -> stillPending(p, again), this::failed);
    }

    /** The same file previewed from another of its sheets. */
    public void chooseSheet(String sheet) {
        PreparedImport p = pending.get();
        if (p == null || sheet == null || sheet.equals(p.preview().sheet())) {
            return;
        }
        context.tasks()
                .read(
                        "importPreview",
                        () -> imports.prepare(p.eventId(), p.file(), Optional.of(sheet)),
                        again -> stillPending(p, again),
                        this::failed);
    }

    // A preview read again replaces the one shown, unless the user has cancelled or confirmed it meanwhile.
    private void stillPending(PreparedImport asked, PreparedImport again) {
        PreparedImport now = pending.get();
        if (now != null && now.file() == asked.file()) {
            pending.set(again);
        }
    }

    public void cancelImport() {
        pending.set(null);
    }

    /** Writes the previewed import in the background, with progress; it can be undone. */
    public void confirmImport() {
        PreparedImport p = pending.get();
        if (p == null) {
            return;
        }
        pending.set(null);
        runImport(p);
    }

    private void runImport(PreparedImport p) {
        context.tasks()
                .run(
                        context.text("participants.import.writing", p.preview().fileName()),
                        progress -> imports.apply(p, progress::update),
                        result -> imported(p, result),
                        this::failed);
    }

    private void imported(PreparedImport p, ImportResult result) {
        // The same words and counts as the preview that was confirmed, so that the two agree.
        jp.tsunagu.registrant.ImportPreview done = result.preview();
        status.set(context.text(
                "participants.import.done",
                p.preview().fileName(),
                context.text(
                        "import.counts",
                        done.added(),
                        done.peopleUpdated(),
                        done.peopleUnchanged(),
                        done.rejections().size(),
                        done.duplicates().size(),
                        done.replacedRows())));
        refresh();
        result.batchId()
                .ifPresent(batch -> remember(batch, new UndoableEdit() {
                    private long current = batch;

                    @Override
                    public String description() {
                        return context.text(
                                "participants.undo.import", p.preview().fileName());
                    }

                    @Override
                    public void undo() {
                        long batchId = current;
                        act(() -> imports.undo(batchId), () -> {});
                    }

                    @Override
                    public void redo() {
                        UndoableEdit self = this;
                        context.tasks()
                                .change(
                                        () -> imports.apply(p, (d, t) -> {}),
                                        again -> {
                                            importEdits.remove(current);
                                            current = again.batchId().orElse(current);
                                            importEdits.put(current, self);
                                            refresh();
                                        },
                                        ParticipantsViewModel.this::failed);
                    }
                }));
    }

    private void remember(long batch, UndoableEdit edit) {
        importEdits.put(batch, edit);
        context.undo().done(edit);
    }

    /** Takes back the latest import of the event, after asking. */
    public void undoLatestImport() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .change(
                        () -> imports.batches(eventId).stream()
                                .filter(b -> !b.undone())
                                .findFirst(),
                        // Decided once the changes asked before are stored, so that "the last change" is true.
                        latest -> latest.ifPresent(b -> context.tasks().afterChanges(() -> undoImport(b))),
                        this::failed);
    }

    private void undoImport(ImportBatch b) {
        if (context.dialogs()
                .confirm(
                        context.text("participants.undoImport"),
                        context.text("participants.undoImport.confirm", b.fileName(), b.added(), b.updated()))) {
            UndoableEdit edit = importEdits.remove(b.id());
            if (edit != null && context.undo().isLatest(edit)) {
                // The import is the last change: the button is Ctrl+Z, and Ctrl+Y brings it back.
                context.undo().undo();
                status.set(context.text("participants.undoImport.done", b.fileName()));
                return;
            }
            // Changes were made after it: undo the import alone and take it out of the history,
            // so that Ctrl+Z goes on to undo those changes, not the import a second time.
            if (edit != null) {
                context.undo().forget(edit);
            }
            act(
                    () -> imports.undo(b.id()),
                    () -> status.set(context.text("participants.undoImport.done", b.fileName())));
        }
    }

    /**
     * Saves a person as edited; the list shows the change as soon as it is stored; Ctrl+Z puts the
     * former answers back. False when what was typed is refused at once (no name, a bad email).
     */
    public boolean save(StoredPerson person, Registrant edited) {
        if (!checked(edited)) {
            return false;
        }
        context.tasks()
                .change(
                        () -> {
                            StoredPerson before = registrants.get(person.id());
                            return List.of(before, registrants.edit(person.id(), edited));
                        },
                        saved -> {
                            StoredPerson before = saved.get(0);
                            StoredPerson after = saved.get(1);
                            refresh();
                            status.set(context.text(
                                    "participants.status.edited",
                                    after.registrant().name()));
                            recordEdit(
                                    context.text(
                                            "participants.undo.edit",
                                            after.registrant().name()),
                                    () -> registrants.put(before),
                                    () -> registrants.put(after));
                        },
                        this::failed);
        return true;
    }

    /**
     * The email addresses the event's other people use (all of them, not only those the filters
     * show), with whose they are, for the person dialog to say a taken address under the field.
     * Read off the FX thread; {@code exceptId} is the person being edited (0 for a new one).
     */
    void emailsInUse(long exceptId, java.util.function.Consumer<Map<String, String>> onRead) {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.tasks()
                .read(
                        "personEmails",
                        () -> {
                            Map<String, String> used = new HashMap<>();
                            for (StoredPerson p : registrants.list(eventId, RegistrantFilter.ALL)) {
                                if (p.id() != exceptId
                                        && !p.registrant().email().isEmpty()) {
                                    used.putIfAbsent(
                                            p.registrant().email(),
                                            p.registrant().name());
                                }
                            }
                            return Map.copyOf(used);
                        },
                        onRead,
                        this::failed);
    }

    /** Adds a person by hand; Ctrl+Z takes them out again (with a check-in or seat they got since). */
    public boolean add(Registrant person) {
        if (event == null || !checked(person)) {
            return false;
        }
        long eventId = event.id();
        context.tasks().change(() -> registrants.add(eventId, person), added -> added(eventId, added), this::failed);
        return true;
    }

    private void added(long eventId, StoredPerson added) {
        refresh();
        status.set(context.text("participants.status.added", added.registrant().name()));
        List<RemovedPeople> taken = new ArrayList<>();
        recordEdit(
                context.text("participants.undo.add", added.registrant().name()),
                () -> taken.add(0, registrants.remove(List.of(added.id()))),
                () -> {
                    if (taken.isEmpty()) {
                        registrants.restore(eventId, List.of(added));
                    } else {
                        registrants.restore(eventId, taken.remove(0));
                    }
                });
    }

    private boolean checked(Registrant person) {
        try {
            Registrants.check(person);
            return true;
        } catch (UserError e) {
            failed(e);
            return false;
        }
    }

    /**
     * Deletes the chosen people after asking: one change; Ctrl+Z puts them back with everything that
     * hung on them (check-in, seat, the seeds that named them), Ctrl+Y deletes them again.
     */
    public void delete(List<StoredPerson> chosen) {
        if (chosen.isEmpty() || event == null) {
            return;
        }
        String names =
                String.join("、", chosen.stream().map(p -> p.registrant().name()).toList());
        if (!context.dialogs()
                .confirm(context.text("participants.delete"), context.text("participants.delete.confirm", names))) {
            return;
        }
        long eventId = event.id();
        List<Long> ids = chosen.stream().map(StoredPerson::id).toList();
        context.tasks()
                .change(
                        () -> registrants.remove(ids),
                        removed -> {
                            refresh();
                            status.set(context.text(
                                    "participants.status.deleted",
                                    removed.people().size(),
                                    names));
                            // Each redo removes them again; the undo after it puts back what that one took.
                            RemovedPeople[] last = {removed};
                            recordEdit(
                                    context.text(
                                            "participants.undo.delete",
                                            removed.people().size()),
                                    () -> registrants.restore(eventId, last[0]),
                                    () -> last[0] = registrants.remove(ids));
                        },
                        this::failed);
    }

    /** Merges two people into the first chosen one, after showing what the merged record will say. */
    public void merge(List<StoredPerson> chosen) {
        if (chosen.size() != 2) {
            context.dialogs().showError(context.text("participants.merge"), context.text("participants.merge.two"));
            return;
        }
        StoredPerson keep = chosen.get(0);
        StoredPerson drop = chosen.get(1);
        Registrant merged = Registrants.merged(keep.registrant(), drop.registrant());
        if (!context.dialogs()
                .confirm(
                        context.text("participants.merge"),
                        context.text(
                                        "participants.merge.confirm",
                                        keep.registrant().name(),
                                        keep.registrant().email(),
                                        drop.registrant().email())
                                + "\n\n"
                                + context.text(
                                        merged.consent()
                                                ? "participants.merge.consentYes"
                                                : "participants.merge.consentNo"))) {
            return;
        }
        merge(keep, drop, null);
    }

    /**
     * Merges two people into the first, storing {@code chosen} (the answers the user picked field by
     * field in the merge dialog; null: what {@link Registrants#merged} proposes); Ctrl+Z splits them
     * again, the second one back with their seat, check-in and seeds.
     */
    public void merge(StoredPerson keep, StoredPerson drop, Registrant chosen) {
        context.tasks()
                .change(
                        () -> registrants.mergeUndoably(keep.id(), drop.id(), chosen),
                        done -> {
                            refresh();
                            status.set(context.text(
                                    "participants.status.merged",
                                    drop.registrant().name(),
                                    keep.registrant().name()));
                            MergedPeople[] last = {done};
                            recordEdit(
                                    context.text(
                                            "participants.undo.merge",
                                            keep.registrant().name()),
                                    () -> registrants.unmerge(last[0]),
                                    () -> last[0] = registrants.mergeUndoably(keep.id(), drop.id(), chosen));
                        },
                        this::failed);
    }

    /** Records a change for Ctrl+Z / Ctrl+Y, carried out off the FX thread; a refusal is said, not thrown. */
    private void recordEdit(String description, Runnable undo, Runnable redo) {
        context.undo().done(new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                act(undo, () -> {});
            }

            @Override
            public void redo() {
                act(redo, () -> {});
            }
        });
    }

    /** Runs a change on the store off the FX thread; then the list is read again and {@code then} runs. */
    private void act(Runnable change, Runnable then) {
        context.tasks()
                .change(
                        () -> {
                            change.run();
                            return Boolean.TRUE;
                        },
                        done -> {
                            refresh();
                            then.run();
                        },
                        this::failed);
    }

    private void failed(Throwable e) {
        String message = e instanceof UserError u
                ? u.describe(context.messages())
                : jp.tsunagu.store.Failures.inWords(e, null).describe(context.messages());
        context.dialogs().showError(context.text("participants.error"), message);
    }

    public ObservableList<StoredPerson> people() {
        return people;
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty query() {
        return query;
    }

    /** How many people the search and filters hide. */
    public IntegerProperty hidden() {
        return hidden;
    }

    /** How many people the event has, whatever the filters. */
    public IntegerProperty total() {
        return total;
    }

    public ObservableList<ThemeChoice> themeChoices() {
        return themeChoices;
    }

    /** Shows every person again: no search, every theme and category, no check box ticked. */
    public void clearFilters() {
        reloading = true;
        try {
            query.set("");
            themeFilter.set(all());
            categoryFilter.set("");
            warningsOnly.set(false);
            duplicatesOnly.set(false);
        } finally {
            reloading = false;
        }
        refresh();
    }

    public ObjectProperty<ThemeChoice> themeFilter() {
        return themeFilter;
    }

    public StringProperty categoryFilter() {
        return categoryFilter;
    }

    public BooleanProperty warningsOnly() {
        return warningsOnly;
    }

    public BooleanProperty duplicatesOnly() {
        return duplicatesOnly;
    }

    public ObjectProperty<PreparedImport> pending() {
        return pending;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty canUndoImport() {
        return canUndoImport;
    }

    public UiContext context() {
        return context;
    }

    /** The theme's name by its number, for the list's choice columns. */
    public String themeName(Integer number) {
        if (number == null) {
            return "";
        }
        return themes.stream()
                .filter(t -> t.number() == number)
                .map(t -> t.number() + ". " + t.name())
                .findFirst()
                .orElse(String.valueOf(number));
    }
}
