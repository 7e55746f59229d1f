package jp.tsunagu.ui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.tsunagu.event.Event;
import jp.tsunagu.followup.FollowUpReport;
import jp.tsunagu.followup.FollowUps;
import jp.tsunagu.followup.PersonHistory;
import jp.tsunagu.followup.PersonPage;
import jp.tsunagu.followup.ReportPerson;
import jp.tsunagu.followup.SeedFollowUp;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.outcome.TableLabel;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.text.SearchKey;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoableEdit;

/**
 * The フォローアップ tab: every seed of connection with its people, status and dated notes, filtered
 * by status, table and person; a status change with its date and note (undoable); a person's page;
 * and the follow-up report.
 */
public final class FollowUpViewModel {
    private final UiContext context;
    private final FollowUps followUps;
    private final PersonHistory history;
    private final FollowUpReport report;
    private final Supplier<LocalDate> today;
    private final List<SeedFollowUp> all = new ArrayList<>();
    private final ObservableList<SeedFollowUp> seeds = FXCollections.observableArrayList();
    private final ObservableList<Integer> tables = FXCollections.observableArrayList();
    private final ObjectProperty<SeedStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> tableFilter = new SimpleObjectProperty<>();
    private final StringProperty personFilter = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<SeedFollowUp> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonPage> person = new SimpleObjectProperty<>();
    private Event event;

    public FollowUpViewModel(
            UiContext context,
            FollowUps followUps,
            PersonHistory history,
            FollowUpReport report,
            Supplier<LocalDate> today) {
        this.context = context;
        this.followUps = followUps;
        this.history = history;
        this.report = report;
        this.today = today;
        context.live()
                .watch(
                        () -> event == null ? 0 : event.id(),
                        Set.of(Topic.OUTCOMES, Topic.FOLLOW_UPS, Topic.PEOPLE, Topic.SEATS, Topic.ATTENDANCE),
                        this::refresh);
        statusFilter.addListener((o, a, b) -> filter());
        tableFilter.addListener((o, a, b) -> filter());
        personFilter.addListener((o, a, b) -> filter());
        overdueOnly.addListener((o, a, b) -> filter());
    }

    public UiContext context() {
        return context;
    }

    public void show(Event shown) {
        this.event = shown;
        person.set(null);
        refresh();
    }

    /** Reads the seeds again and keeps the one chosen, if it is still there. */
    public void refresh() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        LocalDate now = today.get();
        context.tasks()
                .read(
                        "followUpSeeds",
                        () -> followUps.seeds(eventId, now),
                        read -> {
                            if (event != null && event.id() == eventId) {
                                shown(read);
                            }
                        },
                        this::failed);
    }

    private void shown(List<SeedFollowUp> read) {
        all.clear();
        all.addAll(read);
        List<Integer> numbers = all.stream()
                .filter(s -> !s.seed().tableRemoved())
                .map(s -> s.seed().tableNumber())
                .distinct()
                .sorted()
                .toList();
        if (!numbers.equals(tables)) {
            tables.setAll(numbers);
        }
        filter();
    }

    private void filter() {
        String query = SearchKey.of(personFilter.get() == null ? "" : personFilter.get());
        Long chosen = selected.get() == null ? null : selected.get().seed().id();
        seeds.setAll(all.stream()
                .filter(s -> statusFilter.get() == null || s.status() == statusFilter.get())
                .filter(s -> tableFilter.get() == null || s.seed().isAt(tableFilter.get()))
                .filter(s -> !overdueOnly.get() || s.overdue())
                .filter(s -> query.isEmpty()
                        || s.people().stream()
                                .anyMatch(p -> SearchKey.contains(p.name(), query)
                                        || SearchKey.contains(p.organisation(), query)))
                .toList());
        selected.set(
                chosen == null
                        ? null
                        : seeds.stream()
                                .filter(s -> s.seed().id() == chosen)
                                .findFirst()
                                .orElse(null));
    }

    /** Moves the chosen seed along, dated and with a note; true when stored at once (view model tests). */
    public boolean record(SeedStatus status, LocalDate date, String note) {
        boolean[] stored = {false};
        record(status, date, note, () -> stored[0] = true);
        return stored[0];
    }

    /**
     * Moves the chosen seed along, dated and with a note, off the FX thread; one undoable change.
     * {@code stored} runs once it is stored, never when it is refused (the note stays typed).
     */
    public void record(SeedStatus status, LocalDate date, String note, Runnable stored) {
        SeedFollowUp seed = selected.get();
        if (seed == null || status == null) {
            return;
        }
        long seedId = seed.seed().id();
        LocalDate on = date == null ? today.get() : date;
        long[] entry = new long[1];
        store(() -> followUps.set(seedId, status, on, note), id -> {
            entry[0] = id;
            context.undo().done(new UndoableEdit() {
                @Override
                public String description() {
                    return context.text("followup.ui.undo.status", seed.seed().text());
                }

                @Override
                public void undo() {
                    store(
                            () -> {
                                followUps.unset(entry[0]);
                                return entry[0];
                            },
                            done -> {});
                }

                @Override
                public void redo() {
                    store(() -> followUps.set(seedId, status, on, note), again -> entry[0] = again);
                }
            });
            stored.run();
        });
    }

    private <T> void store(java.util.concurrent.Callable<T> change, java.util.function.Consumer<T> then) {
        context.tasks()
                .change(
                        change,
                        result -> {
                            then.accept(result);
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

    /** Opens the page of a person (every event they came to, tablemates, connections), read off the FX thread. */
    public void openPerson(ReportPerson who) {
        context.tasks().read("followUpPerson", () -> history.of(who.id()), person::set, this::failed);
    }

    public void closePerson() {
        person.set(null);
    }

    /** A seed's table as the page shows it: its number, or "4（削除）" once the table is removed (decision 0008). */
    public String table(Outcome seed) {
        return TableLabel.of(seed, context.messages());
    }

    /** One line of a person's page for a seed of connection: event, table (marked when removed), seed, others, status. */
    public String connectionLine(PersonPage.Connection c) {
        return context.text(
                "followup.ui.connection",
                c.event().name(),
                TableLabel.of(c.table(), c.tableRemoved(), context.messages()),
                c.text(),
                c.others().stream().map(ReportPerson::name).collect(Collectors.joining("、")),
                context.text("followup.status." + c.status().code()));
    }

    /** Asks where to save and writes the follow-up report (.xlsx or .pdf) in the background. */
    public void exportReport() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        context.dialogs()
                .chooseFileToSave(
                        context.text("followup.ui.report.choose"),
                        context.text("followup.ui.report.fileName", event.name()),
                        List.of(
                                new DialogService.FileKind(context.text("followup.ui.report.pdf"), List.of("*.pdf")),
                                new DialogService.FileKind(context.text("followup.ui.report.xlsx"), List.of("*.xlsx"))))
                .ifPresent(chosen -> {
                    Path out = withExtension(chosen);
                    context.tasks()
                            .run(
                                    context.text("followup.ui.report.writing"),
                                    progress -> report.write(eventId, out, progress::isCancelled),
                                    figures -> context.dialogs().openInSystemViewer(out),
                                    failure -> context.dialogs()
                                            .showError(
                                                    context.text("outcome.ui.errorTitle"),
                                                    failure instanceof UserError u
                                                            ? u.describe(context.messages())
                                                            : String.valueOf(failure.getMessage())));
                });
    }

    /** A name without .pdf or .xlsx becomes a PDF, the city's usual format. */
    private static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".xlsx")) {
            return chosen;
        }
        return chosen.resolveSibling(chosen.getFileName() + ".pdf");
    }

    public ObservableList<SeedFollowUp> seeds() {
        return seeds;
    }

    public ObservableList<Integer> tables() {
        return tables;
    }

    public ObjectProperty<SeedStatus> statusFilter() {
        return statusFilter;
    }

    public ObjectProperty<Integer> tableFilter() {
        return tableFilter;
    }

    public StringProperty personFilter() {
        return personFilter;
    }

    public BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    public ObjectProperty<SeedFollowUp> selected() {
        return selected;
    }

    public ObjectProperty<PersonPage> person() {
        return person;
    }

    public LocalDate today() {
        return today.get();
    }
}
