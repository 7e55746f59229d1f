package jp.tsunagu.launch;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.cli.Cli;
import jp.tsunagu.cli.CommandContext;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.ui.TsunaguWindow;

/**
 * The one entry point. With arguments it runs the command line and exits without loading JavaFX;
 * without, it opens the window.
 */
public final class Launcher {
    private Launcher() {}

    /**
     * The store this run uses, so that the log goes beside it (README): {@code --data FILE} on the
     * command line, {@code -Dtsunagu.data} for the window, else the usual one.
     */
    static java.nio.file.Path storeNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return java.nio.file.Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data=")) {
                return java.nio.file.Path.of(args[i].substring("--data=".length()));
            }
        }
        String configured = System.getProperty("tsunagu.data");
        return configured != null ? java.nio.file.Path.of(configured) : jp.tsunagu.store.DataFolder.defaultStore();
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            // The store's native library loads while the command line is read (issue 12's budgets).
            jp.tsunagu.store.Database.prepareInBackground();
        }
        QuietLogging.install(storeNamed(args));
        String training = System.getProperty(AotTraining.PROPERTY);
        if (training != null) {
            // The installer's build, recording the AOT cache (AotTraining); never a user's start.
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            boolean window = Boolean.parseBoolean(System.getProperty(AotTraining.PROPERTY + ".window", "true"));
            int status;
            try {
                status = AotTraining.run(java.nio.file.Path.of(training), window, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.flush();
            System.exit(status);
        }
        if (args.length == 0) {
            TsunaguWindow.open();
            return;
        }
        // The console's own encoding (cp932 on a Japanese Windows), so Japanese reads right there too;
        // UTF-8 where that is plain ASCII (a POSIX locale), which would turn Japanese into "?".
        PrintWriter out = new PrintWriter(System.out, true, outputCharset(System.out.charset()));
        PrintWriter err = new PrintWriter(System.err, true, outputCharset(System.err.charset()));
        CommandContext context = new CommandContext(Tsunagu::open, Messages.forLocale(Locale.getDefault()), out, err);
        System.exit(Cli.run(context, args));
    }

    static Charset outputCharset(Charset console) {
        return console.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : console;
    }
}
