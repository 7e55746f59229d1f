package jp.tsunagu.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.registrant.Attendance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash in the middle of check-ins (a child JVM killed outright) loses nothing confirmed. */
class CrashTest {
    @TempDir
    Path folder;

    @Test
    void aKillInTheMiddleOfCheckInsLosesNothingConfirmed() throws Exception {
        Path file = folder.resolve("crash.db");
        long event;
        List<Long> ids;
        try (VenueFixture f = new VenueFixture(file).seated(70, 9)) {
            event = f.event();
            ids = List.copyOf(f.ids);
            // A late registration without a seat: its check-in places them (two writes, one transaction).
            f.venue().markAbsent(event, ids.get(10));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CheckinWorker.class.getName(),
                file.toString(),
                Long.toString(event)));
        ids.forEach(id -> command.add(Long.toString(id)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Long> confirmed = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("confirmed ")) {
                    confirmed.add(Long.parseLong(line.substring("confirmed ".length())));
                    if (confirmed.size() == 25) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).as("the child got as far as 25 check-ins").hasSize(25);

        try (VenueFixture after = new VenueFixture(file)) {
            List<VenuePerson> people = after.venue().people(event);
            for (long id : confirmed) {
                VenuePerson p =
                        people.stream().filter(q -> q.id() == id).findFirst().orElseThrow();
                assertThat(p.attendance()).as("check-in of %d kept", id).isEqualTo(Attendance.CHECKED_IN);
                assertThat(p.table()).as("seat of %d kept", id).isNotNull();
            }
            long checkedIn = people.stream()
                    .filter(p -> p.attendance() == Attendance.CHECKED_IN)
                    .count();
            // The child may have gone on past the last line read before the kill landed; never below.
            assertThat(checkedIn).isGreaterThanOrEqualTo(25L);
        }
    }
}
