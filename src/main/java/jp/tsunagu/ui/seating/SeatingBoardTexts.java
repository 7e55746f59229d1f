package jp.tsunagu.ui.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.seating.ScoreBreakdown;
import jp.tsunagu.seating.ScoreTerm;
import jp.tsunagu.seating.SeatedPerson;
import jp.tsunagu.seating.SeatingBoard;
import jp.tsunagu.seating.SeatingCategories;
import jp.tsunagu.seating.SeatingNote;
import jp.tsunagu.seating.Violation;
import jp.tsunagu.ui.UiContext;

/** The seating board's words: seats taken, industry mix, choice, reason, score and rules. */
public final class SeatingBoardTexts {
    private final UiContext context;
    private final Supplier<SeatingBoard> board;

    SeatingBoardTexts(UiContext context, Supplier<SeatingBoard> board) {
        this.context = context;
        this.board = board;
    }

    public List<SeatedPerson> at(int table) {
        return board.get().at(table);
    }

    /** "8 / 9": seats taken of capacity. */
    public String seatsText(EventTable table) {
        SeatingBoard now = board.get();
        return context.text("seating.board.seats", now.at(table.number()).size(), now.capacity(table));
    }

    public boolean overCapacity(EventTable table) {
        SeatingBoard now = board.get();
        return now.at(table.number()).size() > now.capacity(table);
    }

    /** The table's industries, most frequent first: "製造業 3・農業 2・…". */
    public String industryMix(EventTable table) {
        Map<String, Integer> counts = new HashMap<>();
        for (SeatedPerson p : board.get().at(table.number())) {
            SeatingCategories.industry(p.industry()).ifPresent(i -> counts.merge(i, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(4, sorted.size()); i++) {
            parts.add(context.text(
                    "seating.board.industryCount",
                    sorted.get(i).getKey(),
                    sorted.get(i).getValue()));
        }
        if (sorted.size() > 4) {
            parts.add(context.text("seating.board.industryMore", sorted.size() - 4));
        }
        return String.join(context.text("seating.board.industrySeparator"), parts);
    }

    public String yegMark() {
        return context.text("seating.board.yegMark");
    }

    /** "第2希望", "希望外", or empty for people without choices. */
    public String choiceText(SeatedPerson person) {
        if (person.table() == null) {
            return "";
        }
        int rank = board.get().choiceRank(person);
        if (rank > 0) {
            return context.text("seating.export.choiceRank", rank);
        }
        return person.participant().hasChoices() ? context.text("seating.cli.noChoice") : "";
    }

    public int choiceRank(SeatedPerson person) {
        return board.get().choiceRank(person);
    }

    /** Why the person is not at a 1st-choice table, in a sentence; empty when they are. */
    public String reasonText(SeatedPerson person) {
        return board.get().review().reasonFor(person.id()).map(this::text).orElse("");
    }

    public String scoreText() {
        return context.text("seating.board.score", board.get().review().score().score());
    }

    /** Each term: label, count and points. */
    public Map<String, String> termTexts() {
        ScoreBreakdown score = board.get().review().score();
        Map<String, String> terms = new LinkedHashMap<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            terms.put(
                    term.jsonName(),
                    context.text(
                            "seating.board.term",
                            context.text(term.labelKey()),
                            score.count(term),
                            score.points(term)));
        }
        return terms;
    }

    /** The rules that do not hold, in plain words. */
    public List<String> violationTexts() {
        List<String> texts = new ArrayList<>();
        for (Violation v : board.get().review().violations()) {
            if (!v.rule().equals(Violation.SEATED)) {
                texts.add(text(v.message()));
            }
        }
        return texts;
    }

    public String text(SeatingNote note) {
        return context.text(note.key(), note.args().toArray());
    }
}
