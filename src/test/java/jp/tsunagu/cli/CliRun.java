package jp.tsunagu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;

/** One command line run in-process against a store file, with what it printed. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(Path store, Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", store.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(
                new CommandContext(
                        Tsunagu::open, Messages.forLocale(locale), new PrintWriter(out), new PrintWriter(err)),
                all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun of(Path store, String... args) {
        return of(store, Locale.JAPANESE, args);
    }
}
