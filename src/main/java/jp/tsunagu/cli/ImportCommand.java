package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.tsunagu.event.Event;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.FileKind;
import jp.tsunagu.registrant.ImportPreview;
import jp.tsunagu.registrant.ImportResult;
import jp.tsunagu.registrant.PossibleDuplicate;
import jp.tsunagu.registrant.RowIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE [--sheet NAME] [--dry-run]}: read a registrant file into the event (cli.md). */
@Command(name = "import", resourceBundle = "jp.tsunagu.i18n.registrant", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "import.sheet")
    String sheet;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    ImportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Event event = context.app().events().resolve(context.eventId());
        ImportResult result =
                context.app().registrantImport().run(event.id(), file, Optional.ofNullable(sheet), dryRun);
        ImportPreview p = result.preview();
        printText(p, result);
        context.printJson(json(p, result));
        return Cli.DONE;
    }

    private void printText(ImportPreview p, ImportResult result) {
        if (p.readAsOtherKind()) {
            context.say("registrant.file.readAs", p.fileName(), kindName(p.kind()));
        }
        context.say("import.read", p.fileName(), p.sheet(), p.headerRow(), p.rowsRead());
        p.column(Field.ATTENDANCE).ifPresent(c -> context.say("import.attendance", c, p.becomingAbsent()));
        context.say(
                "import.counts",
                p.added(),
                p.peopleUpdated(),
                p.peopleUnchanged(),
                p.rejections().size(),
                p.duplicates().size(),
                p.replacedRows());
        for (RowIssue r : p.rejections()) {
            context.say("import.rejected", r.row(), r.column(), describe(r));
        }
        for (RowIssue w : p.warnings()) {
            context.say("import.warning", w.row(), w.column(), describe(w));
        }
        for (PossibleDuplicate d : p.duplicates()) {
            context.say("import.duplicate", rows(d), String.join(" / ", d.names()));
        }
        context.say(
                result.dryRun()
                        ? "import.dryRunDone"
                        : result.batchId().isPresent() ? "import.done" : "import.nothing");
    }

    private String rows(PossibleDuplicate d) {
        List<String> parts = new ArrayList<>();
        d.rows().forEach(r -> parts.add(context.text("import.row", r)));
        if (d.existingId() != null) {
            parts.add(context.text("import.alreadyStored"));
        }
        return String.join(", ", parts);
    }

    private static String kindName(FileKind kind) {
        return switch (kind) {
            case XLSX -> "Excel (.xlsx)";
            case XLS -> "Excel 97-2003 (.xls)";
            case CSV -> "CSV";
        };
    }

    private String describe(RowIssue issue) {
        return context.text(issue.reason().key(), issue.args().toArray());
    }

    private Map<String, Object> json(ImportPreview p, ImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", p.fileName());
        json.put("sheet", p.sheet());
        json.put("headerRow", p.headerRow());
        json.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        p.encoding().ifPresent(e -> json.put("encoding", e));
        json.put("rows", p.rowsRead());
        json.put("added", p.added());
        json.put("updated", p.updated());
        json.put("unchanged", p.unchanged());
        json.put(
                "rejected", p.rejections().stream().map(r -> issue(r, "reason")).toList());
        json.put("warnings", p.warnings().stream().map(w -> issue(w, "message")).toList());
        json.put(
                "possibleDuplicates",
                p.duplicates().stream()
                        .map(d -> Map.of("rows", d.rows(), "names", d.names()))
                        .toList());
        p.column(Field.ATTENDANCE).ifPresent(c -> {
            Map<String, Object> attendance = new LinkedHashMap<>();
            attendance.put("column", c);
            attendance.put("absent", p.becomingAbsent());
            json.put("attendance", attendance);
        });
        json.put("dryRun", result.dryRun());
        json.put("batch", result.batchId().orElse(null));
        return json;
    }

    private Map<String, Object> issue(RowIssue issue, String textKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", issue.row());
        m.put("column", issue.column());
        m.put(textKey, describe(issue));
        m.put("code", issue.reason().key());
        return m;
    }
}
