package jp.tsunagu.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.seating.Seat;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.Settings;
import jp.tsunagu.store.WholeFile;

/**
 * Prints an event's documents from the store: builds what they show (the event, its tables and hosts, the people and
 * their seats), keeps the calibration and name card options, and writes the PDF. The window and the command line both
 * print through here.
 */
public final class PrintService {
    private final Database database;
    private final EventService events;
    private final Registrants registrants;
    private final Seats seats;
    private final PrintSettings settings;

    public PrintService(Database database, EventService events, Settings settings) {
        this(database, events, new Registrants(database), new Seats(database), settings);
    }

    /** Prints the people {@code registrants} keeps, at the seats {@code seats} keeps. */
    public PrintService(
            Database database, EventService events, Registrants registrants, Seats seats, Settings settings) {
        this.database = database;
        this.events = events;
        this.registrants = registrants;
        this.seats = seats;
        this.settings = new PrintSettings(settings);
    }

    /** Reads the fonts in the background, so that the first print does not wait for them. */
    public static void preloadFonts() {
        Thread.ofVirtual().name("font-preload").start(PrintService::loadFonts);
    }

    /** Reads the fonts now (once per process); later calls return at once. */
    public static void loadFonts() {
        PrintFonts.get();
    }

    /** Everything the documents show about the event. Hosts are printed as people at their tables too. */
    public PrintableEvent printable(long eventId) {
        // One read, so that the people and their seats are of one state of the store.
        return database.read(c -> printable(events.plan(eventId)));
    }

    /** Everyone registered for the event except those marked absent, with the number of the table they sit at. */
    private List<PrintablePerson> participants(long eventId) {
        Map<Long, Seat> seated = seats.of(eventId);
        List<PrintablePerson> people = new ArrayList<>();
        for (StoredPerson stored : registrants.present(eventId)) {
            Registrant p = stored.registrant();
            Seat seat = seated.get(stored.id());
            people.add(new PrintablePerson(
                    p.name(),
                    p.reading(),
                    p.readingGuessed(),
                    p.organisation(),
                    p.title(),
                    seat == null ? null : seat.table(),
                    PersonRole.PARTICIPANT,
                    p.challenges(),
                    p.missingResources(),
                    p.offers(),
                    stored.id()));
        }
        return people;
    }

    private PrintableEvent printable(EventPlan plan) {
        List<PrintablePerson> participants = participants(plan.event().id());
        List<PrintableTable> tables = new ArrayList<>();
        List<PrintablePerson> people = new ArrayList<>();
        for (EventTable table : plan.tables()) {
            tables.add(new PrintableTable(
                    table.number(),
                    table.theme().name(),
                    table.theme().colour(),
                    table.advisor().map(PrintService::staff),
                    table.facilitator().map(PrintService::staff)));
            table.advisor().ifPresent(s -> people.add(host(s, table.number(), PersonRole.ADVISOR)));
            table.facilitator().ifPresent(s -> people.add(host(s, table.number(), PersonRole.FACILITATOR)));
        }
        people.addAll(participants);
        var event = plan.event();
        return new PrintableEvent(event.name(), event.date(), event.venue(), tables, people);
    }

    private static PrintableStaff staff(TableStaff s) {
        return new PrintableStaff(s.name(), s.organisation(), s.title());
    }

    private static PrintablePerson host(TableStaff s, int table, PersonRole role) {
        return new PrintablePerson(s.name(), s.reading(), false, s.organisation(), s.title(), table, role, "", "", "");
    }

    /**
     * When the event's name cards or table tents were last printed for everyone (ISO instant), if ever: after that,
     * moving people makes their cards wrong, and the automatic seating warns first.
     */
    public Optional<String> cardsPrintedAt(long eventId) {
        return settings.cardsPrintedAt(eventId);
    }

    /**
     * What to say before printing: people not seated yet and possible duplicates (cards would be printed for them as
     * they are), and any name, organisation or theme with characters no bundled font can draw.
     */
    public PrintNotes notes(long eventId, PrintKind kind) {
        PrintableEvent event = printable(eventId);
        boolean cards = kind == PrintKind.NAMECARDS || kind == PrintKind.TENTS;
        List<String> unseated = cards
                ? event.people().stream()
                        .filter(p -> !p.role().isHost() && !p.seated())
                        .map(PrintablePerson::name)
                        .toList()
                : List.of();
        List<String> duplicates = cards
                ? registrants.present(eventId).stream()
                        .map(StoredPerson::registrant)
                        .filter(Registrants::isPossibleDuplicate)
                        .map(Registrant::name)
                        .toList()
                : List.of();
        return new PrintNotes(unseated, duplicates, missingCharacters(event));
    }

    /** Every text of the event that has characters no bundled font can draw, with those characters. */
    static List<PrintNotes.Missing> missingCharacters(PrintableEvent event) {
        PrintFonts fonts = PrintFonts.get();
        java.util.LinkedHashMap<String, String> found = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<String> check = text -> {
            if (text != null && !text.isEmpty() && !found.containsKey(text)) {
                String missing = fonts.missing(text);
                if (!missing.isEmpty()) {
                    found.put(text, missing);
                }
            }
        };
        check.accept(event.name());
        check.accept(event.venue());
        for (PrintableTable t : event.tables()) {
            check.accept(t.themeName());
        }
        for (PrintablePerson p : event.people()) { // the hosts are here too
            check.accept(p.name());
            check.accept(p.organisation());
            check.accept(p.title());
        }
        return found.entrySet().stream()
                .map(e -> new PrintNotes.Missing(e.getKey(), e.getValue()))
                .toList();
    }

    /** The options the last print was made with (the label to start at is always 1). */
    public PrintOptions savedOptions() {
        return PrintOptions.DEFAULT.withCards(settings.cardOptions());
    }

    public Calibration calibration() {
        return settings.calibration();
    }

    public void saveCalibration(Calibration calibration) {
        settings.saveCalibration(calibration);
    }

    /**
     * The language of the event's documents, chosen for the event (in the window or with {@code print --lang}); a
     * Japanese event's documents are Japanese whatever the computer's language.
     */
    public Locale documentLanguage(long eventId) {
        return settings.documentLanguage(eventId);
    }

    public void saveDocumentLanguage(long eventId, Locale language) {
        settings.saveDocumentLanguage(eventId, language);
    }

    /** Keeps the name card options and calibration for the next print. */
    public void saveOptions(PrintOptions options) {
        settings.saveCardOptions(options.cards());
    }

    /** A calibration from what the user typed, refused with a message they can act on. */
    public static Calibration calibration(
            double offsetXMm, double offsetYMm, double scaleXPercent, double scaleYPercent) {
        for (double offset : new double[] {offsetXMm, offsetYMm}) {
            if (!(Math.abs(offset) <= Calibration.MAX_OFFSET_MM)) {
                throw new UserError("print.error.offset", Calibration.MAX_OFFSET_MM);
            }
        }
        for (double scale : new double[] {scaleXPercent, scaleYPercent}) {
            if (!(scale >= Calibration.MIN_SCALE_PERCENT && scale <= Calibration.MAX_SCALE_PERCENT)) {
                throw new UserError("print.error.scale", Calibration.MIN_SCALE_PERCENT, Calibration.MAX_SCALE_PERCENT);
            }
        }
        return new Calibration(offsetXMm, offsetYMm, scaleXPercent, scaleYPercent);
    }

    /** Name card options from what the user chose, with the start label checked against the sheet. */
    public static NameCardOptions cardOptions(
            CardOrder order, boolean honorific, int startAt, LabelSheet sheet, Calibration calibration) {
        if (startAt < 1 || startAt > sheet.labelsPerSheet()) {
            throw new UserError("print.error.startAt", sheet.labelsPerSheet());
        }
        refuseOffPage(sheet, calibration);
        return new NameCardOptions(order, honorific, startAt, sheet, calibration);
    }

    /** Refuses a correction that would move or stretch any label (and so its card) off the paper. */
    public static void refuseOffPage(LabelSheet sheet, Calibration calibration) {
        Box paper = sheet.paper().whole();
        for (int i = 0; i < sheet.labelsPerSheet(); i++) {
            Box label = calibration.apply(sheet.label(i));
            if (label.x() < paper.x() - 0.01
                    || label.y() < paper.y() - 0.01
                    || label.right() > paper.right() + 0.01
                    || label.bottom() > paper.bottom() + 0.01) {
                throw new UserError("print.error.offPage", i + 1, sheet.paper().name());
            }
        }
    }

    /** Writes the document to {@code file}, whole or not at all (a half-written PDF never replaces a good one). */
    public PrintResult print(long eventId, PrintKind kind, PrintOptions options, Locale locale, Path file) {
        return print(eventId, kind, options, locale, file, null);
    }

    /**
     * Writes the document for these participants only ({@code only}: their ids; null for everyone): a walk-in's name
     * card printed at the door. Hosts are left out of such a print.
     */
    public PrintResult print(
            long eventId, PrintKind kind, PrintOptions options, Locale locale, Path file, Set<Long> only) {
        PrintableEvent event = only(printable(eventId), only);
        refuseEmpty(kind, event);
        Path target = file.toAbsolutePath();
        try {
            int[] pages = new int[1];
            WholeFile.write(target, out -> pages[0] = documents(locale).write(kind, event, options, out));
            if (only == null && (kind == PrintKind.NAMECARDS || kind == PrintKind.TENTS)) {
                settings.cardsPrinted(eventId);
            }
            return new PrintResult(
                    kind,
                    target,
                    pages[0],
                    Files.size(target),
                    event.people().size(),
                    event.tables().size());
        } catch (IOException e) {
            throw new UserError(e, "print.error.write", target, e.getMessage());
        }
    }

    /**
     * The MC's list of seat moves after reception closed ({@link MovesSheet}), in the event's documents'
     * language, written whole or not at all; returns its number of pages.
     */
    public int printMoves(long eventId, List<MovesSheet.Line> moves, Path file) {
        String name = events.plan(eventId).event().name();
        MovesSheet sheet = new MovesSheet(new PrintText(documentLanguage(eventId)));
        Path target = file.toAbsolutePath();
        try {
            int[] pages = new int[1];
            WholeFile.write(target, out -> pages[0] = sheet.write(name, moves, out));
            return pages[0];
        } catch (IOException e) {
            throw new UserError(e, "print.error.write", target, e.getMessage());
        }
    }

    private static PrintableEvent only(PrintableEvent event, Set<Long> only) {
        if (only == null) {
            return event;
        }
        return new PrintableEvent(
                event.name(),
                event.date(),
                event.venue(),
                event.tables(),
                event.people().stream()
                        .filter(p -> p.personId() > 0 && only.contains(p.personId()))
                        .toList());
    }

    /** The document in memory, for the preview. */
    public byte[] render(long eventId, PrintKind kind, PrintOptions options, Locale locale) {
        PrintableEvent event = printable(eventId);
        refuseEmpty(kind, event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents(locale).write(kind, event, options, out);
        return out.toByteArray();
    }

    private static PrintDocuments documents(Locale locale) {
        return new PrintDocuments(new PrintText("ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH));
    }

    private static void refuseEmpty(PrintKind kind, PrintableEvent event) {
        boolean aboutPeople = kind == PrintKind.NAMECARDS || kind == PrintKind.TENTS || kind == PrintKind.ROSTER;
        if (aboutPeople && event.people().isEmpty()) {
            throw new UserError("print.error.nobody");
        }
    }
}
