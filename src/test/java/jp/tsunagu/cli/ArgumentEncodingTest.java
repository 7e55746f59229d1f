package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Japanese arguments under a POSIX locale (LANG unset) arrive as U+FFFD: refused, nothing stored. */
class ArgumentEncodingTest {
    @TempDir
    Path folder;

    @Test
    void refusesGarbledArgumentsUnderAnAsciiLocaleAndWritesNothing() {
        Path store = folder.resolve("tsunagu.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandContext context = new CommandContext(
                Tsunagu::open, Messages.forLocale(Locale.ENGLISH), new PrintWriter(out), new PrintWriter(err));

        int code = Cli.run(
                "ANSI_X3.4-1968",
                context,
                "--data",
                store.toString(),
                "event",
                "new",
                "--name",
                "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("ANSI_X3.4-1968").contains("LANG=C.UTF-8");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void saysItInJapaneseToo() {
        StringWriter err = new StringWriter();
        CommandContext context = new CommandContext(
                Tsunagu::open,
                Messages.forLocale(Locale.JAPANESE),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(Cli.run("ANSI_X3.4-1968", context, "event", "new", "--name", "\uFFFD"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("UTF-8 のロケールで実行してください");
    }

    @Test
    void acceptsJapaneseUnderUtf8AndAsciiArgumentsUnderAnyLocale() {
        assertThat(Cli.garbled("UTF-8", "掛川", "\uFFFD")).isFalse();
        assertThat(Cli.garbled("ANSI_X3.4-1968", "--json", "event", "list")).isFalse();
        assertThat(Cli.garbled("ANSI_X3.4-1968", "event", "new", "--name", "\uFFFD\uFFFD"))
                .isTrue();
    }

    @Test
    void runsUnderAnAsciiLocaleWhenTheArgumentsAreAscii() {
        Path store = folder.resolve("tsunagu.db");
        StringWriter out = new StringWriter();
        CommandContext context = new CommandContext(
                Tsunagu::open,
                Messages.forLocale(Locale.ENGLISH),
                new PrintWriter(out),
                new PrintWriter(new StringWriter()));

        int code = Cli.run("ANSI_X3.4-1968", context, "--data", store.toString(), "--json", "event", "list");

        assertThat(code).isEqualTo(Cli.DONE);
        assertThat(out.toString()).contains("\"events\"");
    }
}
