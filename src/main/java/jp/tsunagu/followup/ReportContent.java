package jp.tsunagu.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.outcome.FollowUpEntry;
import jp.tsunagu.outcome.Outcome;

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

    public List<Outcome> outcomes(int table, jp.tsunagu.outcome.OutcomeKind kind) {
        return outcomes.stream().filter(o -> o.isAt(table) && o.kind() == kind).toList();
    }
}
