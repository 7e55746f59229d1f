package jp.tsunagu.printing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the printed documents show about one event. {@code date} may be null when not decided yet. */
public record PrintableEvent(
        String name, LocalDate date, String venue, List<PrintableTable> tables, List<PrintablePerson> people) {

    public PrintableEvent {
        name = Texts.clean(name);
        venue = Texts.clean(venue);
        tables = tables.stream()
                .sorted(Comparator.comparingInt(PrintableTable::number))
                .toList();
        people = List.copyOf(people);
    }

    public Optional<PrintableTable> table(Integer number) {
        if (number == null) {
            return Optional.empty();
        }
        return tables.stream().filter(t -> t.number() == number).findFirst();
    }

    /** The people at one table: hosts first (advisor, facilitator), then participants by reading. */
    public List<PrintablePerson> at(int tableNumber) {
        return people.stream()
                .filter(p -> p.tableNumber() != null && p.tableNumber() == tableNumber)
                .sorted(Comparator.comparing(PrintablePerson::role).thenComparing(ReadingOrder.BY_READING))
                .toList();
    }
}
