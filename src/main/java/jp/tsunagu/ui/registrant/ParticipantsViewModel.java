package jp.tsunagu.ui.registrant;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import jp.tsunagu.event.Theme;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.ColumnMapping;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.ImportBatch;
import jp.tsunagu.registrant.ImportResult;
import jp.tsunagu.registrant.PreparedImport;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.RegistrantFilter;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;

/**
 * The 参加者 stage: import a registration file (preview, change the mapping, confirm, progress),
 * then the list sorted by reading with search and filters, edit, add, delete, merge, and undo of
 * an import. Holds state as properties; every change is one service call.
 */
public final class ParticipantsViewModel {
    private final UiContext context;
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

    public ParticipantsViewModel(UiContext context) {
        this.context = context;
        themeFilter.set(all());
        themeChoices.add(all());
        query.addListener((o, a, b) -> refresh());
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

    public void show(Event shown) {
        if (event != null && event.id() != shown.id()) {
            // Another event: its themes and categories are not this one's.
            themeFilter.set(all());
            categoryFilter.set("");
        }
        this.event = shown;
        List<Theme> read = context.app().events().plan(shown.id()).themes();
        if (!read.equals(themes)) {
            themes.setAll(read);
        }
        List<ThemeChoice> choices = new java.util.ArrayList<>();
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
        refresh();
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

    /** Reads the list again with the current search and filters. */
    public void refresh() {
        if (event == null) {
            return;
        }
        ThemeChoice theme = themeFilter.get();
        RegistrantFilter filter = new RegistrantFilter(
                query.get(),
                theme == null ? null : theme.number(),
                categoryFilter.get() == null ? "" : categoryFilter.get(),
                warningsOnly.get(),
                duplicatesOnly.get());
        people.setAll(context.app().registrants().list(event.id(), filter));
        int everyone = context.app()
                .registrants()
                .list(event.id(), RegistrantFilter.ALL)
                .size();
        total.set(everyone);
        hidden.set(everyone - people.size());
        List<String> all = context.app().registrants().categories(event.id());
        if (!all.equals(categories)) {
            keepingFilters(() -> categories.setAll(all));
        }
        canUndoImport.set(
                context.app().registrantImport().batches(event.id()).stream().anyMatch(b -> !b.undone()));
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
                        progress -> context.app().registrantImport().prepare(eventId, file, Optional.empty()),
                        pending::set,
                        this::failed);
    }

    /** The preview with one column's field changed. */
    public void remap(int column, Field field) {
        PreparedImport p = pending.get();
        if (p == null) {
            return;
        }
        ColumnMapping mapping = p.preview().mapping().with(column, field);
        try {
            pending.set(context.app().registrantImport().remap(p, mapping));
        } catch (UserError e) {
            failed(e);
        }
    }

    /** The same file previewed from another of its sheets. */
    public void chooseSheet(String sheet) {
        PreparedImport p = pending.get();
        if (p == null || sheet == null || sheet.equals(p.preview().sheet())) {
            return;
        }
        try {
            pending.set(context.app().registrantImport().prepare(p.eventId(), p.file(), Optional.of(sheet)));
        } catch (UserError e) {
            failed(e);
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
                        progress -> context.app().registrantImport().apply(p, progress::update),
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
                        done.updated(),
                        done.unchanged(),
                        done.rejections().size(),
                        done.duplicates().size())));
        refresh();
        result.batchId().ifPresent(batch -> context.undo().done(new UndoableEdit() {
            private long current = batch;

            @Override
            public String description() {
                return context.text("participants.undo.import", p.preview().fileName());
            }

            @Override
            public void undo() {
                context.app().registrantImport().undo(current);
                refresh();
            }

            @Override
            public void redo() {
                ImportResult again = context.app().registrantImport().apply(p, (d, t) -> {});
                current = again.batchId().orElse(current);
                refresh();
            }
        }));
    }

    /** Takes back the latest import of the event, after asking. */
    public void undoLatestImport() {
        Optional<ImportBatch> latest = context.app().registrantImport().batches(event.id()).stream()
                .filter(b -> !b.undone())
                .findFirst();
        if (latest.isEmpty()) {
            return;
        }
        ImportBatch b = latest.get();
        if (context.dialogs()
                .confirm(
                        context.text("participants.undoImport"),
                        context.text("participants.undoImport.confirm", b.fileName(), b.added(), b.updated()))) {
            act(() -> context.app().registrantImport().undo(b.id()));
            status.set(context.text("participants.undoImport.done", b.fileName()));
        }
    }

    /** Saves a person as edited; the list shows the change at once. */
    public boolean save(StoredPerson person, Registrant edited) {
        return act(
                () -> context.app().registrants().edit(person.id(), edited),
                context.text("participants.status.edited", edited.name()));
    }

    public boolean add(Registrant person) {
        return act(
                () -> context.app().registrants().add(event.id(), person),
                context.text("participants.status.added", person.name()));
    }

    public void delete(List<StoredPerson> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        String names =
                String.join("、", chosen.stream().map(p -> p.registrant().name()).toList());
        if (context.dialogs()
                .confirm(context.text("participants.delete"), context.text("participants.delete.confirm", names))) {
            act(
                    () -> chosen.forEach(p -> context.app().registrants().delete(p.id())),
                    context.text("participants.status.deleted", chosen.size(), names));
        }
    }

    /** Merges two people into the first chosen one, after asking. */
    public void merge(List<StoredPerson> chosen) {
        if (chosen.size() != 2) {
            context.dialogs().showError(context.text("participants.merge"), context.text("participants.merge.two"));
            return;
        }
        StoredPerson keep = chosen.get(0);
        StoredPerson drop = chosen.get(1);
        if (context.dialogs()
                .confirm(
                        context.text("participants.merge"),
                        context.text(
                                "participants.merge.confirm",
                                keep.registrant().name(),
                                keep.registrant().email(),
                                drop.registrant().email()))) {
            act(
                    () -> context.app().registrants().merge(keep.id(), drop.id()),
                    context.text(
                            "participants.status.merged",
                            drop.registrant().name(),
                            keep.registrant().name()));
        }
    }

    /** Merges two people into the first, storing the answers the user chose field by field. */
    public boolean merge(StoredPerson keep, StoredPerson drop, Registrant chosen) {
        return act(
                () -> context.app().registrants().merge(keep.id(), drop.id(), chosen),
                context.text(
                        "participants.status.merged",
                        drop.registrant().name(),
                        keep.registrant().name()));
    }

    private boolean act(Runnable change) {
        return act(change, null);
    }

    /** Makes a change, reads the list again and says on the status line what was done. */
    private boolean act(Runnable change, String done) {
        try {
            change.run();
            refresh();
            if (done != null) {
                status.set(done);
            }
            return true;
        } catch (UserError e) {
            failed(e);
            return false;
        }
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
