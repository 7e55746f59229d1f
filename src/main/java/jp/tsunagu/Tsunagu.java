package jp.tsunagu;

import java.nio.file.Path;
import jp.tsunagu.event.EventService;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.registrant.FontCoverage;
import jp.tsunagu.registrant.ImportPreviewer;
import jp.tsunagu.registrant.ReadingGuesser;
import jp.tsunagu.registrant.RegistrantImport;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.SpreadsheetReader;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.Settings;

/**
 * The one composition root: opens the store and builds every service on it. The window and the
 * command line each make one and call the same services.
 */
public final class Tsunagu implements AutoCloseable {
    private final Database database;
    private final Settings settings;
    private final EventService events;
    private final SeatingService seating;
    private final PrintService printing;
    private final ReadingGuesser readingGuesser;
    private final RegistrantImport registrantImport;
    private final Registrants registrants;
    private final Outcomes outcomes;

    private Tsunagu(Database database) {
        this.database = database;
        this.settings = new Settings(database);
        this.events = new EventService(database);
        this.seating = new SeatingService(database, events, new SeatingSolver());
        this.printing = new PrintService(database, events, settings);
        this.readingGuesser = new ReadingGuesser();
        this.registrantImport = new RegistrantImport(
                database, new SpreadsheetReader(), new ImportPreviewer(new FontCoverage(), readingGuesser));
        this.registrants = new Registrants(database);
        this.outcomes = new Outcomes(database);
    }

    /** Opens (creating and migrating if needed) the store at {@code dataFile}. */
    public static Tsunagu open(Path dataFile) {
        return new Tsunagu(Database.open(dataFile));
    }

    public Database database() {
        return database;
    }

    public Settings settings() {
        return settings;
    }

    public EventService events() {
        return events;
    }

    public SeatingService seating() {
        return seating;
    }

    public PrintService printing() {
        return printing;
    }

    public RegistrantImport registrantImport() {
        return registrantImport;
    }

    public Registrants registrants() {
        return registrants;
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    @Override
    public void close() {
        readingGuesser.close();
        database.close();
    }
}
