package jp.tsunagu.event;

import java.util.List;
import java.util.Optional;

/** An event with its themes and tables, as the preparation screen shows it. */
public record EventPlan(Event event, List<Theme> themes, List<EventTable> tables) {
    public EventPlan {
        themes = List.copyOf(themes);
        tables = List.copyOf(tables);
    }

    public Optional<EventTable> table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst();
    }

    public Optional<Theme> theme(int number) {
        return themes.stream().filter(t -> t.number() == number).findFirst();
    }
}
