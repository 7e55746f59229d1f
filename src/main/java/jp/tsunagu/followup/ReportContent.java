package jp.tsunagu.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;

/** Everything the report's workbook and PDF show: the event, its people, what tables found, the figures. */
public record ReportContent(
        EventPlan plan,
        List<ReportPerson> people,
        List<Outcome> outcomes,
        Map<Long, List<FollowUpEntry>> history,
        ReportFigures figures) {
    public ReportContent {
        people = List.copyOf(people);
        outcomes = List.copyOf(outcomes);
        history = Map.copyOf(history);
    }

    public Map<Long, ReportPerson> peopleById() {
        Map<Long, ReportPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** What the table that has number {@code table} now recorded, of one kind. */
    public List<Outcome> outcomes(int table, OutcomeKind kind) {
        return outcomes.stream().filter(o -> o.isAt(table) && o.kind() == kind).toList();
    }

    /**
     * The numbers that tables removed since last had, in order: their outcomes are still real
     * connections, so the report lists them apart under the removed table's label, never with the
     * table that carries that number now (decision 0008).
     */
    public List<Integer> removedTables() {
        return outcomes.stream()
                .filter(Outcome::tableRemoved)
                .map(Outcome::tableNumber)
                .distinct()
                .sorted()
                .toList();
    }

    /** What a table removed since recorded, of one kind, by the number it last had. */
    public List<Outcome> removedOutcomes(int lastNumber, OutcomeKind kind) {
        return outcomes.stream()
                .filter(o -> o.tableRemoved() && o.tableNumber() == lastNumber && o.kind() == kind)
                .toList();
    }
}
