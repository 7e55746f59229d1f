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
import jp.tsunagu.printing.PrintOptions;
import jp.tsunagu.printing.PrintResult;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.venue.DoorCards;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Option(names = "--save", descriptionKey = "print.save")
    boolean save;

    @Option(names = "--only", paramLabel = "EMAIL[,EMAIL...]", split = ",", descriptionKey = "print.only")
    List<String> only;

    PrintCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintService printing = context.app().printing();
        Event event = context.app().events().resolve(context.eventId());
        if (only != null) {
            return printOnly(event);
        }
        PrintOptions options = options(printing.savedOptions());
        PrintResult result =
                printing.print(event.id(), kind, options, context.messages().locale(), out);
        if (save) {
            printing.saveOptions(options);
        }
        context.say("print.done", context.text(kind.titleKey()), result.file(), result.pages());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind.commandName());
        json.put("file", result.file().toString());
        json.put("pages", result.pages());
        json.put("bytes", result.bytes());
        json.put("people", result.people());
        json.put("tables", result.tables());
        context.printJson(json);
        return Cli.DONE;
    }

    /** {@code print namecards --only EMAIL,...}: these people's cards from the next free label (a walk-in's at the door). */
    private Integer printOnly(Event event) {
        if (kind != PrintKind.NAMECARDS) {
            throw new UserError("venue.print.onlyNamecards");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String email : only) {
            if (!email.isBlank()) {
                ids.add(context.app().venue().byEmail(event.id(), email).id());
            }
        }
        DoorCards.Printed printed = context.app()
                .doorCards()
                .print(event.id(), ids, startAt, context.messages().locale(), out);
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
