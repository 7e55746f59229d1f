package jp.tsunagu.cli;

import java.io.PrintWriter;
import jp.tsunagu.store.Failures;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs one command line: 0 done, 1 the work could not be done (a clear message on stderr, nothing
 * half-written), 2 wrong usage.
 */
public final class Cli {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {}

    public static int run(CommandContext context, String... args) {
        return run(System.getProperty("sun.jnu.encoding", "UTF-8"), context, args);
    }

    /**
     * {@code argumentEncoding} is how the system turned the command line's bytes into text (the
     * JVM's {@code sun.jnu.encoding}, from the locale).
     */
    static int run(String argumentEncoding, CommandContext context, String... args) {
        String named = commandName(args);
        if (solves(named, args)) {
            // The native solver library loads beside the start-up instead of after it (issue 12's 1 s).
            jp.tsunagu.seating.SeatingSolver.prepareInBackground();
        }
        try (context) {
            if (garbled(argumentEncoding, args)) {
                // Under a POSIX locale (LANG unset) Japanese arguments arrive as U+FFFD and would be
                // stored so: refuse rather than write "?????" into the event.
                context.err().println(context.text("error.locale", argumentEncoding));
                return USAGE;
            }
            IFactory factory = factory(context);
            CommandLine line = new CommandLine(new TsunaguCommand(context), factory);
            for (var command : TsunaguCommand.COMMANDS.entrySet()) {
                if (named == null || named.equals(command.getKey())) {
                    line.addSubcommand(command.getKey(), create(factory, command.getValue()));
                }
            }
            line.setOut(context.out());
            line.setErr(context.err());
            line.setCaseInsensitiveEnumValuesAllowed(true);
            line.setExecutionExceptionHandler((e, cmd, parsed) -> failed(context, e));
            return line.execute(args);
        }
    }

    /**
     * True when the system's encoding cannot have read the arguments right: it is not UTF-8 and
     * some argument holds the replacement character that undecodable bytes became.
     */
    static boolean garbled(String argumentEncoding, String... args) {
        if (argumentEncoding.replace("-", "").equalsIgnoreCase("UTF8")) {
            return false;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command a command line names: its first word that is not a global option or an option's
     * value; null when there is none or it is no command (then every command is registered, so
     * that help lists them and picocli suggests the nearest name).
     */
    static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") || arg.equals("--event")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return TsunaguCommand.COMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    /** Whether this command line runs the exact seating solver: {@code assign} (not help, not unseated only) and {@code reseat}. */
    static boolean solves(String named, String... args) {
        if (!"assign".equals(named) && !"reseat".equals(named)) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--unseated-only") || arg.equals("--help") || arg.equals("-h") || arg.equals("-V")) {
                return false;
            }
        }
        return true;
    }

    private static Object create(IFactory factory, Class<?> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the command " + type.getName(), e);
        }
    }

    private static int failed(CommandContext context, Exception e) {
        PrintWriter err = context.err();
        // Raw driver text and class names never reach the user (issue 14); Failures logs the details.
        err.println(Failures.inWords(e, context.storeFile()).describe(context.messages()));
        return FAILED;
    }

    // Commands take the context through their constructor; picocli builds everything else.
    private static IFactory factory(CommandContext context) {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(CommandContext.class).newInstance(context);
                } catch (NoSuchMethodException e) {
                    return defaults.create(type);
                }
            }
        };
    }
}
