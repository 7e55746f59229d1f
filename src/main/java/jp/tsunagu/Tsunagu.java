package jp.tsunagu;

import java.nio.file.Path;
import jp.tsunagu.event.EventService;
import jp.tsunagu.followup.FollowUpReport;
import jp.tsunagu.followup.FollowUps;
import jp.tsunagu.followup.PersonHistory;
import jp.tsunagu.mail.CredentialStore;
import jp.tsunagu.mail.MailPasswords;
import jp.tsunagu.mail.MailService;
import jp.tsunagu.mail.OsCredentialStore;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.registrant.FontCoverage;
import jp.tsunagu.registrant.ImportPreviewer;
import jp.tsunagu.registrant.ReadingGuesser;
import jp.tsunagu.registrant.RegistrantImport;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.SpreadsheetReader;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.seating.TablemateHistory;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.Settings;
import jp.tsunagu.venue.DoorCards;
import jp.tsunagu.venue.VenueService;

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
    private final Seats seats;
    private final TablemateHistory history;
    private final Outcomes outcomes;
    private final VenueService venue;
    private final DoorCards doorCards;
    private final FollowUps followUps;
    private final PersonHistory personHistory;
    private final FollowUpReport followUpReport;
    private final MailService mail;

    private Tsunagu(Database database) {
        this.database = database;
        this.settings = new Settings(database);
        this.events = new EventService(database);
        // One owner for each table of people: registrants keep person, seats keep seat.
        this.registrants = new Registrants(database);
        this.seats = new Seats(database);
        this.history = new TablemateHistory(database, registrants, seats);
        this.seating = new SeatingService(database, events, registrants, seats, history, new SeatingSolver());
        this.printing = new PrintService(database, events, registrants, seats, settings);
        this.readingGuesser = new ReadingGuesser();
        this.venue = new VenueService(database, events, seating, seats, registrants, new SeatingSolver());
        // Seats and attendance stay their owners' to write: the import asks the seating and the venue.
        this.registrantImport = new RegistrantImport(
                database,
                new SpreadsheetReader(),
                new ImportPreviewer(new FontCoverage(), readingGuesser),
                seats,
                venue);
        this.outcomes = new Outcomes(database);
        this.followUps = new FollowUps(database, events, outcomes);
        this.personHistory = new PersonHistory(database, events, outcomes);
        this.followUpReport = new FollowUpReport(database, events, seating, outcomes, printing::documentLanguage);
        // An event's life: closing it keeps who sat with whom; a table in use is removed only when the user agrees.
        events.onClose(history::record);
        events.countTableUseWith(seats::countAt, (eventId, table) -> outcomes.forTable(eventId, table)
                .size());
        this.doorCards = new DoorCards(printing, settings);
        this.mail = new MailService(
                database,
                new MailService.Sources(events, registrants, new Turnout(database), seats, outcomes),
                new MailPasswords(credentialStore()));
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

    /** Where people sit: the one owner of the seats, for the venue day and the seating alike. */
    public Seats seats() {
        return seats;
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    public VenueService venue() {
        return venue;
    }

    public DoorCards doorCards() {
        return doorCards;
    }

    public FollowUps followUps() {
        return followUps;
    }

    public PersonHistory personHistory() {
        return personHistory;
    }

    public FollowUpReport followUpReport() {
        return followUpReport;
    }

    public MailService mail() {
        return mail;
    }

    // The system's credential store; -Dtsunagu.credentials=none keeps passwords only for this start
    // (the tests, and a machine where the store misbehaves).
    private static CredentialStore credentialStore() {
        return "none".equals(System.getProperty("tsunagu.credentials"))
                ? CredentialStore.NONE
                : new OsCredentialStore();
    }

    @Override
    public void close() {
        readingGuesser.close();
        database.close();
    }
}
