package jp.tsunagu.followup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.registrant.Registrants;
import jp.tsunagu.registrant.Turnout;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.seating.Seats;
import jp.tsunagu.store.Database;

/**
 * The follow-up report for the city and the YEG (product.md): its figures, and the report written
 * as an Excel workbook or a PDF with charts.
 */
public final class FollowUpReport {
    private final Database database;
    private final EventService events;
    private final SeatingService seating;
    private final Outcomes outcomes;
    private final EventPeople people;
    private final LongFunction<Locale> documentLanguage;

    /** A report written in Japanese unless the caller names the messages. */
    public FollowUpReport(Database database, EventService events, SeatingService seating, Outcomes outcomes) {
        this(database, events, seating, outcomes, eventId -> Locale.JAPANESE);
    }

    /**
     * {@code documentLanguage} gives an event's documents' language (the one the print stage keeps), so the
     * report for the city speaks the event's language, not the operating system's.
     */
    public FollowUpReport(
            Database database,
            EventService events,
            SeatingService seating,
            Outcomes outcomes,
            LongFunction<Locale> documentLanguage) {
        this.documentLanguage = documentLanguage;
        this.database = database;
        this.events = events;
        this.seating = seating;
        this.outcomes = outcomes;
        this.people = new EventPeople(new Registrants(database), new Seats(database), new Turnout(database));
    }

    /** The figures as product.md defines them. */
    public ReportFigures figures(long eventId) {
        return content(eventId).figures();
    }

    /** What the report shows, read as one consistent state of the store. */
    public ReportContent content(long eventId) {
        EventPlan plan = events.plan(eventId);
        return database.read(c -> {
            var people = this.people.of(eventId);
            var recorded = outcomes.list(eventId);
            // The seating's own query of earlier tablemates: one meaning of "sat together before".
            var earlier = seating.problem(eventId).earlierTablemates();
            ReportFigures figures = FigureCounter.count(plan, people, recorded, earlier);
            return new ReportContent(plan, people, recorded, outcomes.history(eventId), figures);
        });
    }

    /** Writes the report in the event's documents' language; see {@link #write(long, Path, Messages)}. */
    public ReportFigures write(long eventId, Path out, BooleanSupplier cancelled) {
        return write(eventId, out, Messages.forLocale(documentLanguage.apply(eventId)), cancelled);
    }

    /** Writes the report as .xlsx or .pdf (by the file's extension), whole or not at all; returns its figures. */
    public ReportFigures write(long eventId, Path out, Messages messages) {
        return write(eventId, out, messages, () -> false);
    }

    public ReportFigures write(long eventId, Path out, Messages messages, BooleanSupplier cancelled) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".pdf")) {
            throw new UserError(
                    "followup.error.reportExtension", out.getFileName().toString());
        }
        ReportContent content = content(eventId);
        if (cancelled.getAsBoolean()) {
            return content.figures();
        }
        if (name.endsWith(".xlsx")) {
            ReportWorkbook.write(content, out, messages);
        } else {
            ReportPdf.write(content, out, messages);
        }
        return content.figures();
    }
}
