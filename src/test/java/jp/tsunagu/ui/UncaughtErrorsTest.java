package jp.tsunagu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jp.tsunagu.i18n.Messages;
import org.junit.jupiter.api.Test;

/** An error nobody caught: a plain message for the user, the stack trace for the log. */
class UncaughtErrorsTest {

    @Test
    void tellsTheUserPlainlyAndLogsTheStackTrace() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger("jp.tsunagu.ui");
        log.addHandler(capture);
        try {
            UncaughtErrors handler = new UncaughtErrors(Messages.forLocale(Locale.JAPANESE), dialogs, Runnable::run);
            NullPointerException bug = new NullPointerException("table was null");

            handler.uncaughtException(Thread.currentThread(), bug);

            assertThat(dialogs.errors)
                    .singleElement()
                    .asString()
                    .startsWith("思わぬエラーが起きました。")
                    .doesNotContain("null");
            assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown())
                    .isSameAs(bug));
        } finally {
            log.removeHandler(capture);
        }
    }
}
