package jp.tsunagu.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.outcome.Outcome;
import jp.tsunagu.outcome.OutcomeKind;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.seating.SeatingCategories;
import jp.tsunagu.seating.TablematePair;

/** Counts the report's figures from plain values, as product.md defines each one. */
final class FigureCounter {
    private FigureCounter() {}

    static ReportFigures count(
            EventPlan plan, List<ReportPerson> people, List<Outcome> outcomes, Set<TablematePair> earlierTablemates) {
        int registered = 0;
        int walkIns = 0;
        int attended = 0;
        int noShows = 0;
        Map<String, int[]> categories =
                new TreeMap<>(Comparator.comparing((String c) -> c.isEmpty()).thenComparing(Comparator.naturalOrder()));
        for (ReportPerson p : people) {
            int[] counts = categories.computeIfAbsent(p.category().strip(), k -> new int[2]);
            if (p.registered()) {
                registered++;
                counts[0]++;
                if (!p.attended()) {
                    noShows++;
                }
            } else {
                walkIns++;
            }
            if (p.attended()) {
                attended++;
                counts[1]++;
            }
        }
        Map<String, CategoryFigures> byCategory = new java.util.LinkedHashMap<>();
        categories.forEach((c, n) -> byCategory.put(c, new CategoryFigures(n[0], n[1])));

        Map<Integer, int[]> byTable = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.tableRemoved()) {
                continue; // its table is gone; a table now carrying its number did not find it
            }
            byTable.computeIfAbsent(o.tableNumber(), k -> new int[3])[o.kind().ordinal()]++;
        }
        int pairs = 0;
        int firstTimePairs = 0;
        int yegPairs = 0;
        List<TableFigures> tables = new ArrayList<>();
        List<EventTable> ordered = new ArrayList<>(plan.tables());
        ordered.sort(Comparator.comparingInt(EventTable::number));
        for (EventTable table : ordered) {
            List<ReportPerson> present = people.stream()
                    .filter(p -> p.attended() && p.table() != null && p.table() == table.number())
                    .toList();
            Set<String> industries = new HashSet<>();
            int firstChoice = 0;
            int yeg = 0;
            for (ReportPerson p : present) {
                SeatingCategories.industry(p.industry()).ifPresent(industries::add);
                if (p.firstChoice() != null && p.firstChoice() == table.theme().number()) {
                    firstChoice++;
                }
                if (p.yeg()) {
                    yeg++;
                }
            }
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    pairs++;
                    if (!earlierTablemates.contains(new TablematePair(
                            present.get(i).id(), present.get(j).id()))) {
                        firstTimePairs++;
                    }
                }
            }
            yegPairs += yeg * (present.size() - yeg);
            int[] kinds = byTable.getOrDefault(table.number(), new int[3]);
            tables.add(new TableFigures(
                    table.number(),
                    table.theme().number(),
                    table.theme().name(),
                    present.size(),
                    industries.size(),
                    firstChoice,
                    kinds[OutcomeKind.INTEREST.ordinal()],
                    kinds[OutcomeKind.SEED.ordinal()],
                    kinds[OutcomeKind.STEP.ordinal()]));
        }

        Map<Long, ReportPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<SeedStatus, Integer> seedsByStatus = new EnumMap<>(SeedStatus.class);
        for (SeedStatus s : SeedStatus.values()) {
            seedsByStatus.put(s, 0);
        }
        int interests = 0;
        int seeds = 0;
        int steps = 0;
        int crossIndustrySeeds = 0;
        for (Outcome o : outcomes) {
            switch (o.kind()) {
                case INTEREST -> interests++;
                case STEP -> steps++;
                case SEED -> {
                    seeds++;
                    seedsByStatus.merge(o.status(), 1, Integer::sum);
                    Set<String> industries = new HashSet<>();
                    for (long id : o.people()) {
                        Optional.ofNullable(byId.get(id))
                                .flatMap(p -> SeatingCategories.industry(p.industry()))
                                .ifPresent(industries::add);
                    }
                    if (industries.size() >= 2) {
                        crossIndustrySeeds++;
                    }
                }
            }
        }
        return new ReportFigures(
                registered,
                walkIns,
                attended,
                noShows,
                rate(attended - walkIns, registered),
                byCategory,
                tables,
                interests,
                seeds,
                steps,
                seedsByStatus,
                crossIndustrySeeds,
                pairs,
                firstTimePairs,
                yegPairs);
    }

    /** (attended - walkIns) / registered, half up to 3 decimals; 0 when nobody registered. */
    static BigDecimal rate(int came, int registered) {
        if (registered == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        return BigDecimal.valueOf(came).divide(BigDecimal.valueOf(registered), 3, RoundingMode.HALF_UP);
    }
}
