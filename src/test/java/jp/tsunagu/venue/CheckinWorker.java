package jp.tsunagu.venue;

import java.nio.file.Path;
import jp.tsunagu.Tsunagu;

/**
 * A child process for {@link CrashTest}: checks people in one by one and says so on stdout after
 * each check-in returned, until it is killed.
 */
public final class CheckinWorker {
    private CheckinWorker() {}

    public static void main(String[] args) {
        long event = Long.parseLong(args[1]);
        try (Tsunagu app = Tsunagu.open(Path.of(args[0]))) {
            for (int i = 2; i < args.length; i++) {
                long id = Long.parseLong(args[i]);
                app.venue().checkIn(event, id);
                System.out.println("confirmed " + id);
                System.out.flush();
            }
            System.out.println("done");
            System.out.flush();
            // Wait to be killed, as a laptop whose lid closes mid-reception.
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
