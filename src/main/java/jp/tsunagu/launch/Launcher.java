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

    public static void main(String[] args) {
        QuietLogging.install();
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
