package jp.tsunagu.ui.printing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.printing.CardOrder;
import jp.tsunagu.printing.LabelSheet;
import jp.tsunagu.printing.NameCardOptions;
import jp.tsunagu.printing.PaperSize;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.PrintOptions;
import jp.tsunagu.printing.PrintResult;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.store.StoreChange.Topic;
import jp.tsunagu.ui.DialogService;
import jp.tsunagu.ui.UiContext;

/**
 * The 印刷 stage: pick a document and its options, see its first pages, save it as PDF and open it in the system
 * viewer. The options are one {@link PrintOptions} for {@link PrintService}, the same the command line fills.
 */
public final class PrintViewModel {
    /** One page at a time, turned with the page buttons. */
    static final int PREVIEW_PAGES = 1;

    static final float PREVIEW_DPI = 60;
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3;

    public static final List<PrintKind> KINDS = List.of(PrintKind.values());
    public static final List<PaperSize> PAPERS = List.of(PaperSize.A3, PaperSize.A4);
    public static final List<java.util.Locale> LANGUAGES = List.of(java.util.Locale.JAPANESE, java.util.Locale.ENGLISH);

    private final UiContext context;
    private final PrintService printing;

    public final ObjectProperty<PrintKind> kind = new SimpleObjectProperty<>(PrintKind.NAMECARDS);
    public final ObjectProperty<CardOrder> order = new SimpleObjectProperty<>(CardOrder.TABLE);
    public final BooleanProperty honorific = new SimpleBooleanProperty(true);
    public final StringProperty startAt = new SimpleStringProperty("1");
    public final ObjectProperty<LabelSheet> labels = new SimpleObjectProperty<>(LabelSheet.A4_10UP_91x55);
    public final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A3);
    /** The documents' language, kept with the event (not the window's language). */
    public final ObjectProperty<java.util.Locale> language = new SimpleObjectProperty<>(java.util.Locale.JAPANESE);

    public final CalibrationFields calibration;
    public final StringBinding startAtProblem;
    public final BooleanBinding valid;

    private final ReadOnlyObjectWrapper<PagePreview> preview = new ReadOnlyObjectWrapper<>(PagePreview.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What to know before printing this document: unseated people, possible duplicates, undrawable characters. */
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<Path> lastSaved = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private byte[] rendered;
    private Event event;
    private long previewGeneration;
    private boolean filling;

    public PrintViewModel(UiContext context, PrintService printing) {
        this.context = context;
        this.printing = printing;
        // What the documents show changed elsewhere (a person, a seat, a table): draw the preview again.
        context.live()
                .watch(
                        () -> event == null ? 0 : event.id(),
                        Set.of(Topic.PEOPLE, Topic.SEATS, Topic.ATTENDANCE, Topic.TABLES, Topic.EVENTS),
                        this::refreshPreview);
        this.calibration = new CalibrationFields(context.messages());
        this.startAtProblem = Bindings.createStringBinding(this::startAtProblemText, startAt, labels);
        this.valid = startAtProblem.isNull().and(calibration.valid);
        List<ObservableValue<?>> inputs = List.of(
                kind,
                order,
                honorific,
                startAt,
                labels,
                paper,
                language,
                calibration.offsetX,
                calibration.offsetY,
                calibration.scaleX,
                calibration.scaleY);
        inputs.forEach(input -> input.addListener((o, old, now) -> {
            if (!filling) {
                refreshPreview();
            }
        }));
        language.addListener((o, old, now) -> {
            if (!filling && event != null && now != null) {
                long eventId = event.id();
                context.tasks()
                        .change(
                                () -> {
                                    printing.saveDocumentLanguage(eventId, now);
                                    return now;
                                },
                                saved -> {},
                                failure -> context.dialogs()
                                        .showError(context.text("print.ui.saveFailed"), describe(failure)));
            }
        });
        PrintService.preloadFonts();
    }

    /** What the stage starts from: the options saved last time and the event's document language. */
    private record Saved(PrintOptions options, java.util.Locale language) {}

    /** Shows the printing stage for {@code shown}, starting from the options saved last time (read off the FX thread). */
    public void show(Event shown) {
        this.event = shown;
        long eventId = shown.id();
        context.tasks()
                .read(
                        "printShown",
                        () -> new Saved(printing.savedOptions(), printing.documentLanguage(eventId)),
                        read -> {
                            if (event != null && event.id() == eventId) {
                                shown(read);
                            }
                        },
                        failure -> context.dialogs().showError(context.text("print.ui.saveFailed"), describe(failure)));
    }

    private void shown(Saved read) {
        PrintOptions saved = read.options();
        filling = true;
        try {
            order.set(saved.cards().order());
            honorific.set(saved.cards().honorific());
            labels.set(saved.cards().sheet());
            startAt.set("1");
            paper.set(saved.worksheetPaper());
            language.set(read.language());
            calibration.fill(saved.cards().calibration());
        } finally {
            filling = false;
        }
        refreshPreview();
    }

    private String startAtProblemText() {
        int last = labels.get().labelsPerSheet();
        return CalibrationFields.number(startAt.get())
                        .filter(n -> n == Math.rint(n) && n >= 1 && n <= last)
                        .isPresent()
                ? null
                : context.text("print.error.startAt", last);
    }

    /** The options as the fields stand, when they are all right. */
    public Optional<PrintOptions> options() {
        if (!valid.get()) {
            return Optional.empty();
        }
        NameCardOptions cards = new NameCardOptions(
                order.get(),
                honorific.get(),
                CalibrationFields.number(startAt.get()).orElseThrow().intValue(),
                labels.get(),
                calibration.calibration().orElseThrow());
        try {
            // A correction that moves a label off the paper is refused here as on the command line.
            PrintService.refuseOffPage(cards.sheet(), cards.calibration());
        } catch (jp.tsunagu.i18n.UserError e) {
            status.set(describe(e));
            return Optional.empty();
        }
        return Optional.of(new PrintOptions(cards, paper.get()));
    }

    /** Renders the first pages in the background; a newer request makes an older result moot. */
    public void refreshPreview() {
        Optional<PrintOptions> options = options();
        if (event == null || options.isEmpty()) {
            return;
        }
        long generation = ++previewGeneration;
        long eventId = event.id();
        PrintKind chosen = kind.get();
        int first = chosen == shownKind ? page.get() : 0;
        float dpi = dpi();
        java.util.Locale documents = language.get();
        status.set(context.text("print.ui.rendering"));
        // Each change of the options asks again; only the newest request's pages are worth drawing.
        context.tasks()
                .runLatest(
                        "printPreview",
                        context.text("print.ui.rendering"),
                        progress -> {
                            byte[] pdf = printing.render(eventId, chosen, options.get(), documents);
                            return new Rendered(
                                    pdf,
                                    PagePreview.of(pdf, first, PREVIEW_PAGES, dpi),
                                    printing.notes(eventId, chosen));
                        },
                        result -> {
                            if (generation == previewGeneration) {
                                rendered = result.pdf();
                                shownKind = chosen;
                                showPreview(result.preview());
                                notes.set(describe(result.notes()));
                            }
                        },
                        failure -> {
                            if (generation == previewGeneration) {
                                preview.set(PagePreview.NONE);
                                status.set(describe(failure));
                            }
                        });
    }

    private PrintKind shownKind;

    private float dpi() {
        return (float) (PREVIEW_DPI * zoom.get());
    }

    private void showPreview(PagePreview result) {
        preview.set(result);
        page.set(result.firstPage());
        status.set(context.text("print.ui.pages", result.pageCount()));
    }

    /** Shows another page of the document rendered last (0-based; kept within the document). */
    public void showPage(int index) {
        byte[] pdf = rendered;
        if (pdf == null || index < 0 || index >= preview.get().pageCount()) {
            return;
        }
        long generation = ++previewGeneration;
        float dpi = dpi();
        context.tasks()
                .run(
                        context.text("print.ui.rendering"),
                        progress -> PagePreview.of(pdf, index, PREVIEW_PAGES, dpi),
                        result -> {
                            if (generation == previewGeneration) {
                                showPreview(result);
                            }
                        },
                        failure -> status.set(describe(failure)));
    }

    public void nextPage() {
        showPage(page.get() + 1);
    }

    public void previousPage() {
        showPage(page.get() - 1);
    }

    /** Larger or smaller by a quarter each step, within 50 % .. 300 %. */
    public void zoom(int steps) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() + 0.25 * steps));
        if (next != zoom.get()) {
            zoom.set(next);
            showPage(page.get());
        }
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    /** The preview's size: 1 is 60 dpi, a page of A4 about 500 pixels wide. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * Prints: writes the PDF to a temporary file and hands it to the system, which shows its print
     * dialog (or opens the viewer to print from where it cannot print directly).
     */
    public void print() {
        Optional<PrintOptions> options = options();
        if (event == null || options.isEmpty()) {
            return;
        }
        String title = context.text(kind.get().titleKey());
        long eventId = event.id();
        PrintKind chosen = kind.get();
        java.util.Locale documents = language.get();
        context.tasks()
                .run(
                        context.text("print.ui.saving", title),
                        progress -> {
                            Path target = java.nio.file.Files.createTempFile("tsunagu-", ".pdf");
                            target.toFile().deleteOnExit();
                            return printing.print(eventId, chosen, options.get(), documents, target);
                        },
                        result -> {
                            status.set(context.text("print.ui.sentToPrinter", title, result.pages()));
                            context.dialogs().print(result.file());
                        },
                        failure -> context.dialogs().showError(context.text("print.ui.saveFailed"), describe(failure)));
    }

    /** Asks where to save, writes the PDF, keeps the options for next time and opens the file in the system viewer. */
    public void save() {
        Optional<PrintOptions> options = options();
        if (event == null || options.isEmpty()) {
            return;
        }
        String title = context.text(kind.get().titleKey());
        Optional<Path> file = context.dialogs()
                .chooseFileToSave(
                        context.text("print.ui.saveTitle", title),
                        suggestedName(title),
                        List.of(new DialogService.FileKind(context.text("print.ui.pdfFiles"), List.of("*.pdf"))));
        if (file.isEmpty()) {
            return;
        }
        Path target = withPdfExtension(file.get());
        long eventId = event.id();
        PrintKind chosen = kind.get();
        java.util.Locale documents = language.get();
        context.tasks()
                .run(
                        context.text("print.ui.saving", title),
                        progress -> {
                            PrintResult result = printing.print(eventId, chosen, options.get(), documents, target);
                            printing.saveOptions(options.get());
                            return result;
                        },
                        result -> {
                            lastSaved.set(result.file());
                            status.set(
                                    context.text("print.ui.saved", result.file().getFileName(), result.pages()));
                            context.dialogs().openInSystemViewer(result.file());
                        },
                        failure -> context.dialogs().showError(context.text("print.ui.saveFailed"), describe(failure)));
    }

    /** Keeps the calibration without printing, after measuring the calibration sheet. */
    public void saveCalibration() {
        calibration.calibration().ifPresent(c -> context.tasks()
                .change(
                        () -> {
                            printing.saveCalibration(c);
                            return c;
                        },
                        saved -> status.set(context.text("print.ui.calibrationSaved")),
                        failure ->
                                context.dialogs().showError(context.text("print.ui.saveFailed"), describe(failure))));
    }

    private String suggestedName(String title) {
        String name = event.name().replaceAll("[\\\\/:*?\"<>|]", "_");
        return name + "_" + title + ".pdf";
    }

    private static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private String describe(Throwable failure) {
        if (failure instanceof UserError e) {
            return e.describe(context.messages());
        }
        return context.text(
                "print.ui.failed",
                jp.tsunagu.store.Failures.inWords(failure, null).describe(context.messages()));
    }

    public ReadOnlyObjectProperty<PagePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    private record Rendered(byte[] pdf, PagePreview preview, jp.tsunagu.printing.PrintNotes notes) {}

    /** The notes in the window's language, one per line; empty when there is nothing to say. */
    private String describe(jp.tsunagu.printing.PrintNotes n) {
        List<String> lines = new java.util.ArrayList<>();
        if (!n.unseated().isEmpty()) {
            lines.add(context.text("print.note.unseated", n.unseated().size(), String.join("、", n.unseated())));
        }
        if (!n.possibleDuplicates().isEmpty()) {
            lines.add(context.text(
                    "print.note.duplicates", n.possibleDuplicates().size(), String.join("、", n.possibleDuplicates())));
        }
        for (jp.tsunagu.printing.PrintNotes.Missing m : n.missingCharacters()) {
            lines.add(context.text("print.note.missingCharacters", m.text(), m.characters()));
        }
        return String.join("\n", lines);
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
