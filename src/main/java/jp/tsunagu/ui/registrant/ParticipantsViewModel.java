package jp.tsunagu.ui.registrant;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Theme> themeFilter = new SimpleObjectProperty<>();
    private final StringProperty categoryFilter = new SimpleStringProperty("");
    private final BooleanProperty warningsOnly = new SimpleBooleanProperty();
    private final BooleanProperty duplicatesOnly = new SimpleBooleanProperty();
    private final ObjectProperty<PreparedImport> pending = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canUndoImport = new SimpleBooleanProperty();
    private Event event;

    public ParticipantsViewModel(UiContext context) {
        this.context = context;
        query.addListener((o, a, b) -> refresh());
        themeFilter.addListener((o, a, b) -> refresh());
        categoryFilter.addListener((o, a, b) -> refresh());
        warningsOnly.addListener((o, a, b) -> refresh());
        duplicatesOnly.addListener((o, a, b) -> refresh());
    }

    public void show(Event shown) {
        this.event = shown;
        themes.setAll(context.app().events().plan(shown.id()).themes());
        refresh();
    }

    /** Reads the list again with the current search and filters. */
    public void refresh() {
        if (event == null) {
            return;
        }
        Theme theme = themeFilter.get();
        RegistrantFilter filter = new RegistrantFilter(
                query.get(),
                theme == null ? null : theme.number(),
                categoryFilter.get() == null ? "" : categoryFilter.get(),
                warningsOnly.get(),
                duplicatesOnly.get());
        people.setAll(context.app().registrants().list(event.id(), filter));
        List<String> all = context.app().registrants().categories(event.id());
        if (!all.equals(categories)) {
            categories.setAll(all);
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
        status.set(context.text(
                "participants.import.done",
                p.preview().fileName(),
                result.preview().added(),
                result.preview().count(jp.tsunagu.registrant.RowFate.UPDATED),
                result.preview().rejections().size(),
                result.preview().duplicates().size()));
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
        return act(() -> context.app().registrants().edit(person.id(), edited));
    }

    public boolean add(Registrant person) {
        return act(() -> context.app().registrants().add(event.id(), person));
    }

    public void delete(List<StoredPerson> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        String names =
                String.join("、", chosen.stream().map(p -> p.registrant().name()).toList());
        if (context.dialogs()
                .confirm(context.text("participants.delete"), context.text("participants.delete.confirm", names))) {
            act(() -> chosen.forEach(p -> context.app().registrants().delete(p.id())));
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
            act(() -> context.app().registrants().merge(keep.id(), drop.id()));
        }
    }

    private boolean act(Runnable change) {
        try {
            change.run();
            refresh();
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

    public ObjectProperty<Theme> themeFilter() {
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
