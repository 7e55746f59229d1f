package jp.tsunagu.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import jp.tsunagu.i18n.UserError;
import org.junit.jupiter.api.Test;

/** The app's log keeps stack traces and never names, emails or phone numbers. */
class PrivateLogFormatTest {

    @Test
    void logsTheStackTraceWithoutPersonalData() {
        UserError taken = new UserError("registrant.person.emailTaken", "taro@example.com", "山田 太郎");
        RuntimeException error =
                new IllegalStateException("could not save hanako.sato@example.jp, tel 090-1234-5678", taken);
        LogRecord record = new LogRecord(Level.SEVERE, "Uncaught for 054-123-4567 / ichiro@example.jp");
        record.setLoggerName("jp.tsunagu.ui");
        record.setThrown(error);

        String line = new PrivateLogFormat().format(record);

        assertThat(line)
                .contains("SEVERE jp.tsunagu.ui")
                .contains("java.lang.IllegalStateException: could not save <email>, tel <phone>")
                .contains("Caused by: jp.tsunagu.i18n.UserError: registrant.person.emailTaken")
                .contains("\tat jp.tsunagu.launch.PrivateLogFormatTest.logsTheStackTraceWithoutPersonalData")
                .doesNotContain("山田", "taro@", "hanako", "090-1234", "054-123", "ichiro");
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertThat(PrivateLogFormat.withoutPersonalData("table 12 of 7, 2026-12-05, 60 rows"))
                .isEqualTo("table 12 of 7, 2026-12-05, 60 rows");
    }
}
