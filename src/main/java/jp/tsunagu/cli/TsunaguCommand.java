package jp.tsunagu.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code tsunagu [--data FILE] [--json] [--event ID] COMMAND}: the command line of cli.md. */
@Command(
        name = "tsunagu",
        resourceBundle = "jp.tsunagu.i18n.cli",
        mixinStandardHelpOptions = true,
        version = "Tsunagu 0.1.0")
public final class TsunaguCommand {
    /**
     * The commands, by name, in the order help lists them. {@link Cli} registers only the one a
     * command line names (all of them for help or a mistyped name): building picocli's model of
     * every command by reflection is most of a command's start-up time.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            EventCommand.class,
            TableCommand.class,
            StaffCommand.class,
            ImportCommand.class,
            AssignCommand.class,
            ExportCommand.class,
            PrintCommand.class,
            CheckinCommand.class,
            WalkinCommand.class,
            AbsentCommand.class,
            ReseatCommand.class,
            OutcomeCommand.class,
            FollowupCommand.class,
            MailCommand.class);

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(byName);
    }

    private final CommandContext context;

    public TsunaguCommand(CommandContext context) {
        this.context = context;
    }

    CommandContext context() {
        return context;
    }

    // Inherited options may stand before or after the subcommand; both land in the one context.
    @Option(names = "--data", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "option.data")
    void data(Path file) {
        context.dataFile(file);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json")
    void json(boolean json) {
        context.json(json);
    }

    @Option(names = "--event", paramLabel = "ID", scope = ScopeType.INHERIT, descriptionKey = "option.event")
    void event(long id) {
        context.eventId(id);
    }
}
