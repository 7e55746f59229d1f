package jp.tsunagu.followup;

import java.util.List;
import jp.tsunagu.event.Event;
import jp.tsunagu.outcome.SeedStatus;

/**
 * One person across every event of the store (a person's page): each event they were registered
 * for, whether they came and whom they sat with, and every seed of connection they are part of.
 */
public record PersonPage(ReportPerson person, List<Visit> visits, List<Connection> connections) {
    public PersonPage {
        visits = List.copyOf(visits);
        connections = List.copyOf(connections);
    }

    /** One event: the person's registration there, and the others seated at their table. */
    public record Visit(Event event, ReportPerson registration, List<ReportPerson> tablemates) {
        public Visit {
            tablemates = List.copyOf(tablemates);
        }
    }

    /**
     * A seed of connection the person is part of, with the other people it connects; {@code table}
     * is the number its table has, or last had when {@code tableRemoved} (decision 0008).
     */
    public record Connection(
            Event event,
            int table,
            boolean tableRemoved,
            long seedId,
            String text,
            SeedStatus status,
            List<ReportPerson> others) {
        public Connection {
            others = List.copyOf(others);
        }
    }
}
