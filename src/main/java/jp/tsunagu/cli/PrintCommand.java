package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.printing.Calibration;
import jp.tsunagu.printing.CardOrder;
import jp.tsunagu.printing.LabelSheet;
import jp.tsunagu.printing.NameCardOptions;
import jp.tsunagu.printing.PaperSize;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.PrintNotes;
import jp.tsunagu.printing.PrintOptions;
import jp.tsunagu.printing.PrintResult;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.venue.DoorCards;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code print KIND --out FILE.pdf [options]}: writes one of the event's documents. Options not given come from the
 * last saved ones (the window saves them too); {@code --save} keeps the given ones for next time.
 */
@Command(name = "print", resourceBundle = "jp.tsunagu.i18n.cli", mixinStandardHelpOptions = true)
final class PrintCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class, descriptionKey = "print.kind")
    PrintKind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "print.out")
    Path out;

    @Option(names = "--sort", paramLabel = "table|reading", descriptionKey = "print.sort")
    CardOrder sort;

    @Option(names = "--honorific", negatable = true, descriptionKey = "print.honorific")
    Boolean honorific;

    @Option(names = "--start-at", paramLabel = "N", descriptionKey = "print.startAt")
    Integer startAt;

    @Option(names = "--labels", paramLabel = "SHEET", converter = SheetConverter.class, descriptionKey = "print.labels")
    LabelSheet labels;

    @Option(names = "--paper", paramLabel = "A3|A4", converter = PaperConverter.class, descriptionKey = "print.paper")
    PaperSize paper;

    @Option(names = "--offset-x", paramLabel = "MM", descriptionKey = "print.offsetX")
    Double offsetX;

    @Option(names = "--offset-y", paramLabel = "MM", descriptionKey = "print.offsetY")
    Double offsetY;

    @Option(names = "--scale-x", paramLabel = "PERCENT", descriptionKey = "print.scaleX")
    Double scaleX;

    @Option(names = "--scale-y", paramLabel = "PERCENT", descriptionKey = "print.scaleY")
    Double scaleY;

    @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class, descriptionKey = "print.lang")
    Locale lang;

    @Option(names = "--save", descriptionKey = "print.save")
    boolean save;

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "EMAIL[,EMAIL...]", split = ",", descriptionKey = "print.only")
    List<String> only;

    PrintCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        refuseIgnoredOptions();
        PrintService printing = context.app().printing();
        Event event = context.app().events().resolve(context.eventId());
        if (only != null) {
            return printOnly(event, lang != null ? lang : printing.documentLanguage(event.id()));
        }
        PrintOptions options;
        try {
            options = options(printing.savedOptions());
        } catch (UserError e) {
            throw new ParameterException(spec.commandLine(), e.describe(context.messages()));
        }
        Locale language = lang != null ? lang : printing.documentLanguage(event.id());
        // Said before printing, so that nobody hands out a card for a person not seated or registered twice.
        PrintNotes notes = printing.notes(event.id(), kind);
        if (!notes.unseated().isEmpty()) {
            context.say("print.note.unseated", notes.unseated().size(), String.join("、", notes.unseated()));
        }
        if (!notes.possibleDuplicates().isEmpty()) {
            context.say(
                    "print.note.duplicates",
                    notes.possibleDuplicates().size(),
                    String.join("、", notes.possibleDuplicates()));
        }
        for (PrintNotes.Missing m : notes.missingCharacters()) {
            context.say("print.note.missingCharacters", m.text(), m.characters());
        }
        PrintResult result = printing.print(event.id(), kind, options, language, out);
        if (save) {
            printing.saveOptions(options);
            if (lang != null) {
                printing.saveDocumentLanguage(event.id(), lang);
            }
        }
        context.say("print.done", context.text(kind.titleKey()), result.file(), result.pages());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind.commandName());
        json.put("file", result.file().toString());
        json.put("pages", result.pages());
        json.put("bytes", result.bytes());
        json.put("people", result.people());
        json.put("tables", result.tables());
        json.put("language", language.getLanguage());
        json.put("unseated", notes.unseated());
        json.put("possibleDuplicates", notes.possibleDuplicates());
        json.put(
                "missingCharacters",
                notes.missingCharacters().stream()
                        .map(m -> Map.of("text", m.text(), "characters", m.characters()))
                        .toList());
        context.printJson(json);
        return Cli.DONE;
    }

    /** An option the document does not use is a mistake worth saying (exit 2), not something to ignore silently. */
    private void refuseIgnoredOptions() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("--sort", sort != null);
        given.put("--honorific", honorific != null);
        given.put("--start-at", startAt != null);
        given.put("--labels", labels != null);
        given.put("--offset-x", offsetX != null);
        given.put("--offset-y", offsetY != null);
        given.put("--scale-x", scaleX != null);
        given.put("--scale-y", scaleY != null);
        given.put("--paper", paper != null);
        java.util.Set<String> used =
                switch (kind) {
                    case NAMECARDS ->
                        java.util.Set.of(
                                "--sort",
                                "--honorific",
                                "--start-at",
                                "--labels",
                                "--offset-x",
                                "--offset-y",
                                "--scale-x",
                                "--scale-y");
                    case CALIBRATION ->
                        java.util.Set.of("--labels", "--offset-x", "--offset-y", "--scale-x", "--scale-y");
                    case WORKSHEETS -> java.util.Set.of("--paper");
                    default -> java.util.Set.of();
                };
        for (var option : given.entrySet()) {
            if (option.getValue() && !used.contains(option.getKey())) {
                throw new ParameterException(
                        spec.commandLine(), context.text("print.error.ignored", option.getKey(), kind.commandName()));
            }
        }
        boolean savable =
                lang != null || given.entrySet().stream().anyMatch(e -> e.getValue() && used.contains(e.getKey()));
        if (save && !savable) {
            throw new ParameterException(spec.commandLine(), context.text("print.error.nothingToSave"));
        }
    }

    /** {@code print namecards --only EMAIL,...}: these people's cards from the next free label (a walk-in's at the door). */
    private Integer printOnly(Event event, Locale language) {
        if (kind != PrintKind.NAMECARDS) {
            throw new UserError("venue.print.onlyNamecards");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String email : only) {
            if (!email.isBlank()) {
                ids.add(context.app().venue().byEmail(event.id(), email).id());
            }
        }
        DoorCards.Printed printed = context.app().doorCards().print(event.id(), ids, startAt, language, out);
        context.say("venue.cli.cardsPrinted", printed.result().people(), printed.startAt(), printed.nextLabel(), out);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind.commandName());
        json.put("file", printed.result().file().toString());
        json.put("pages", printed.result().pages());
        json.put("people", printed.result().people());
        json.put("startAt", printed.startAt());
        json.put("nextLabel", printed.nextLabel());
        context.printJson(json);
        return Cli.DONE;
    }

    /** The saved options with what was given on the command line put over them. */
    private PrintOptions options(PrintOptions saved) {
        NameCardOptions cards = saved.cards();
        Calibration c = cards.calibration();
        Calibration calibration = PrintService.calibration(
                offsetX != null ? offsetX : c.offsetXMm(),
                offsetY != null ? offsetY : c.offsetYMm(),
                scaleX != null ? scaleX : c.scaleXPercent(),
                scaleY != null ? scaleY : c.scaleYPercent());
        NameCardOptions given = PrintService.cardOptions(
                sort != null ? sort : cards.order(),
                honorific != null ? honorific : cards.honorific(),
                startAt != null ? startAt : 1,
                labels != null ? labels : cards.sheet(),
                calibration);
        return new PrintOptions(given, paper != null ? paper : saved.worksheetPaper());
    }

    static final class KindConverter implements ITypeConverter<PrintKind> {
        @Override
        public PrintKind convert(String value) {
            return PrintKind.fromCommandName(value.strip())
                    .orElseThrow(() -> new TypeConversionException(
                            "namecards, tents, signs, worksheets, roster," + " seating-chart, calibration"));
        }
    }

    static final class LanguageConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "ja" -> Locale.JAPANESE;
                case "en" -> Locale.ENGLISH;
                default -> throw new TypeConversionException("ja, en");
            };
        }
    }

    static final class PaperConverter implements ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            return switch (value.strip().toUpperCase(Locale.ROOT)) {
                case "A3" -> PaperSize.A3;
                case "A4" -> PaperSize.A4;
                default -> throw new TypeConversionException("A3, A4");
            };
        }
    }

    static final class SheetConverter implements ITypeConverter<LabelSheet> {
        @Override
        public LabelSheet convert(String value) {
            return LabelSheet.KNOWN.stream()
                    .filter(s -> s.name().equalsIgnoreCase(value.strip()))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(String.join(
                            ", ",
                            LabelSheet.KNOWN.stream().map(LabelSheet::name).toList())));
        }
    }
}
