package jp.tsunagu.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.cli.Cli;
import jp.tsunagu.cli.CommandContext;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.TsunaguWindow;

/**
 * The one run from which the Linux installer records its AOT cache (installer/linux/aot-cache.sh,
 * decision 0040). JDK 25 records the classes of a single JVM run, so this run does what both kinds of
 * start do: a few commands of the command line on sample data in a folder of its own, then the window,
 * which shows and quits ({@code tsunagu.startupProbe}). Not a user command: the build starts it with
 * {@code -Dtsunagu.aotTraining=FOLDER}.
 */
final class AotTraining {
    /** The system property that names the training folder. */
    static final String PROPERTY = "tsunagu.aotTraining";

    private AotTraining() {}

    /**
     * The command lines, in the order a secretariat meets them: an event, its registrants (when the
     * folder holds the sample {@code registrants.xlsx}; one more without readings, which are then
     * guessed), the lists, the seating, and JSON output.
     */
    static List<String[]> commands(Path folder) throws IOException {
        String store = folder.resolve("training.db").toString();
        // A form without a reading column, so the readings are guessed (Kuromoji) as for a real one.
        Path withoutReadings = folder.resolve("without-readings.csv");
        Files.writeString(withoutReadings, "お名前,会社名,メールアドレス\n山田 太郎,掛川製茶株式会社,yamada@example.jp\n");
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {
            "--data", store, "event", "new", "--name", "掛川マッチング交流会", "--date", "2026-12-05", "--venue", "掛川商工会議所"
        });
        Path registrants = folder.resolve("registrants.xlsx");
        if (Files.isRegularFile(registrants)) {
            commands.add(new String[] {"--data", store, "import", registrants.toString()});
            commands.add(new String[] {"--data", store, "import", withoutReadings.toString()});
            commands.add(new String[] {"--data", store, "assign"});
            commands.add(new String[] {"--data", store, "--json", "assign"});
        }
        commands.add(new String[] {"--data", store, "event", "list"});
        commands.add(new String[] {"--data", store, "--json", "event", "list"});
        return commands;
    }

    /**
     * Runs the commands with their output written to {@code output}, then, when {@code window} is
     * true, opens the window on the same store until it has shown. Returns the first failing exit
     * status of a command, or 0.
     */
    static int run(Path folder, boolean window, Writer output) throws IOException {
        int failed = 0;
        for (String[] args : commands(folder)) {
            PrintWriter out = new PrintWriter(output, true);
            CommandContext context =
                    new CommandContext(Tsunagu::open, Messages.forLocale(Locale.getDefault()), out, out);
            int status = Cli.run(context, args);
            if (status != 0 && failed == 0) {
                failed = status;
            }
        }
        if (window) {
            System.setProperty("tsunagu.data", folder.resolve("training.db").toString());
            System.setProperty("tsunagu.startupProbe", "true");
            TsunaguWindow.open();
        }
        return failed;
    }
}
