package jp.tsunagu.venue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.printing.NameCardOptions;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.PrintOptions;
import jp.tsunagu.printing.PrintResult;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.store.Settings;

/**
 * Name cards printed at the door for a few people (a walk-in, a late change), from the next free
 * label of a partly used sheet. The app remembers which label is next, so the sheet can go back in
 * the printer and the following card lands beside the last.
 */
public final class DoorCards {
    static final String NEXT_LABEL = "door.nextLabel";

    private final PrintService printing;
    private final Settings settings;

    public DoorCards(PrintService printing, Settings settings) {
        this.printing = printing;
        this.settings = settings;
    }

    /** What was printed, from which label, and the label the next card will take. */
    public record Printed(PrintResult result, int startAt, int nextLabel) {}

    /** The next free label of the sheet in the printer (1 = top left). */
    public int nextLabel() {
        int perSheet = printing.savedOptions().cards().sheet().labelsPerSheet();
        try {
            int next = Integer.parseInt(settings.get(NEXT_LABEL).orElse("1").strip());
            return next >= 1 && next <= perSheet ? next : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Prints these people's name cards to {@code out}.
     *
     * @param startAt the label to start at, or null for the remembered next free one
     */
    public Printed print(long eventId, Set<Long> people, Integer startAt, Locale locale, Path out) {
        if (people.isEmpty()) {
            throw new UserError("venue.cards.nobody");
        }
        PrintOptions saved = printing.savedOptions();
        NameCardOptions cards = saved.cards();
        int start = startAt != null ? startAt : nextLabel();
        NameCardOptions options =
                PrintService.cardOptions(cards.order(), cards.honorific(), start, cards.sheet(), cards.calibration());
        PrintResult result =
                printing.print(eventId, PrintKind.NAMECARDS, saved.withCards(options), locale, out, Set.copyOf(people));
        int perSheet = cards.sheet().labelsPerSheet();
        int next = (start - 1 + result.people()) % perSheet + 1;
        settings.put(NEXT_LABEL, Integer.toString(next));
        return new Printed(result, start, next);
    }
}
