package jp.tsunagu.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.event.TableStaff;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.seating.Seat;

/**
 * Puts every recipient's summary together from what the owners of the data give (decision 0006):
 * the event and its tables ({@code EventService}), the people in 五十音順 ({@code Registrants}), who
 * was checked in, the seats ({@code Seats}) and the tables' outcomes ({@code Outcomes}).
 */
final class SummaryReader {
    private SummaryReader() {}

    static List<Summary> read(
            EventPlan plan,
            List<StoredPerson> people,
            Set<Long> checkedIn,
            Map<Long, Seat> seats,
            List<Outcome> outcomes) {
        Map<Long, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.id(), p.registrant().name()));
        List<Recipient> recipients = new ArrayList<>();
        for (StoredPerson person : people) {
            if (!checkedIn.contains(person.id())) {
                continue;
            }
            Registrant r = person.registrant();
            Seat seat = seats.get(person.id());
            recipients.add(new Recipient(
                    person.id(),
                    r.name(),
                    r.organisation(),
                    r.email().strip(),
                    r.consent(),
                    seat == null ? null : seat.table()));
        }
        // By table (the unseated last), each table in 五十音順 as the people came.
        recipients.sort((a, b) -> Integer.compare(tableOrder(a), tableOrder(b)));
        Map<Integer, List<Recipient>> byTable = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            if (recipient.tableNumber() != null) {
                byTable.computeIfAbsent(recipient.tableNumber(), k -> new ArrayList<>())
                        .add(recipient);
            }
        }
        List<Summary> summaries = new ArrayList<>();
        for (Recipient recipient : recipients) {
            Integer number = recipient.tableNumber();
            EventTable table = number == null ? null : plan.table(number).orElse(null);
            List<String> interests = new ArrayList<>();
            List<Summary.Seed> seeds = new ArrayList<>();
            List<Summary.Step> steps = new ArrayList<>();
            List<Tablemate> mates = new ArrayList<>();
            if (number != null) {
                for (Outcome outcome : outcomes) {
                    if (!outcome.isAt(number)) {
                        continue;
                    }
                    switch (outcome.kind()) {
                        case INTEREST -> interests.add(outcome.text());
                        case SEED ->
                            seeds.add(new Summary.Seed(
                                    outcome.text(),
                                    outcome.people().stream()
                                            .map(id -> names.getOrDefault(id, ""))
                                            .filter(n -> !n.isEmpty())
                                            .toList()));
                        case STEP ->
                            steps.add(new Summary.Step(
                                    outcome.text(),
                                    outcome.ownerId() == null ? "" : names.getOrDefault(outcome.ownerId(), ""),
                                    outcome.due()));
                    }
                }
                for (Recipient mate : byTable.getOrDefault(number, List.of())) {
                    if (mate.personId() != recipient.personId()) {
                        mates.add(new Tablemate(
                                mate.personId(),
                                mate.name(),
                                mate.organisation(),
                                ContactRule.visibleEmail(recipient, mate)));
                    }
                }
            }
            summaries.add(new Summary(
                    recipient,
                    plan.event().name(),
                    plan.event().date(),
                    plan.event().venue(),
                    table == null ? "" : table.theme().name(),
                    table == null
                            ? ""
                            : table.advisor().map(SummaryReader::host).orElse(""),
                    table == null
                            ? ""
                            : table.facilitator().map(SummaryReader::host).orElse(""),
                    interests,
                    seeds,
                    steps,
                    mates));
        }
        return summaries;
    }

    private static int tableOrder(Recipient recipient) {
        return recipient.tableNumber() == null ? Integer.MAX_VALUE : recipient.tableNumber();
    }

    // The name followed by the organisation in Japanese brackets, as a Japanese letter writes it.
    private static String host(TableStaff staff) {
        return staff.organisation().isBlank() ? staff.name() : staff.name() + "（" + staff.organisation() + "）";
    }
}
