package jp.tsunagu.seating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem turned into arrays for the solvers: people in id order, tables in number order, pins
 * that cannot hold already dropped (and reported). Objective values here are scaled: {@link #scale}
 * times the score, plus one for each person kept at their current table (so keeping people never
 * outweighs a point, not even within the exact solver's stopping gap), plus {@link #seatBonus} for each person seated (so seating one more person
 * always outweighs the score).
 */
final class SeatingModel {
    final SeatingProblem problem;
    final SeatingRules rules;
    final int people;
    final int tableCount;
    final Participant[] person;
    final SeatingTable[] table;
    final int[] capacity;
    /** choice points for person p at table t */
    final int[][] points;
    /** rank (0..3) person p gave table t's theme */
    final int[][] rank;
    /** table index the person is locked to, or -1 */
    final int[] pin;
    /** table index the person sits at now, or -1 */
    final int[] current;

    final int[] industry;
    final int industryCount;
    final String[] industryName;
    /** organisation index when organisations are kept apart and the person has one, else -1 */
    final int[] organisation;

    final int organisationCount;
    final boolean[] yeg;
    final int yegShare;
    final int[][] mates;
    final long scale;
    final long seatBonus;
    /** Points for staying at one's current table (the venue's move weight; 0 for the plan). */
    final int keepPoints;

    final List<Violation> pinViolations = new ArrayList<>();
    private final Map<Integer, Integer> tableIndex = new HashMap<>();
    private final Map<Long, Integer> personIndex = new HashMap<>();

    SeatingModel(SeatingProblem problem) {
        this(problem, 0);
    }

    /**
     * @param keepPoints score points each person earns by staying at their current table: closing
     *     reception's move weight (venue score = score - weight x moves, the same up to a constant)
     */
    SeatingModel(SeatingProblem problem, int keepPoints) {
        if (keepPoints < 0) {
            throw new IllegalArgumentException("keepPoints < 0: " + keepPoints);
        }
        this.problem = problem;
        this.keepPoints = keepPoints;
        this.rules = problem.rules();
        person = problem.participants().stream()
                .sorted(Comparator.comparingLong(Participant::id))
                .toArray(Participant[]::new);
        table = problem.tables().stream()
                .sorted(Comparator.comparingInt(SeatingTable::number))
                .toArray(SeatingTable[]::new);
        people = person.length;
        tableCount = table.length;
        for (int t = 0; t < tableCount; t++) {
            if (tableIndex.put(table[t].number(), t) != null) {
                throw new IllegalArgumentException("two tables numbered " + table[t].number());
            }
        }
        for (int p = 0; p < people; p++) {
            if (personIndex.put(person[p].id(), p) != null) {
                throw new IllegalArgumentException("two participants with id " + person[p].id());
            }
        }
        int automatic = Capacities.automatic(
                people, Arrays.stream(table).map(SeatingTable::capacity).toList());
        capacity = new int[tableCount];
        for (int t = 0; t < tableCount; t++) {
            capacity[t] = table[t].capacity() == null ? automatic : table[t].capacity();
        }
        points = new int[people][tableCount];
        rank = new int[people][tableCount];
        for (int p = 0; p < people; p++) {
            for (int t = 0; t < tableCount; t++) {
                rank[p][t] = person[p].rankOf(table[t].theme());
                points[p][t] = rules.choicePoints(rank[p][t]);
            }
        }
        industry = new int[people];
        Map<String, Integer> industries = new HashMap<>();
        List<String> industryNames = new ArrayList<>();
        organisation = new int[people];
        Map<String, Integer> organisations = new HashMap<>();
        yeg = new boolean[people];
        int yegTotal = 0;
        current = new int[people];
        for (int p = 0; p < people; p++) {
            Participant who = person[p];
            industry[p] = SeatingCategories.industry(who.industry())
                    .map(i -> industries.computeIfAbsent(i, k -> {
                        industryNames.add(k);
                        return industries.size();
                    }))
                    .orElse(-1);
            organisation[p] = rules.separateOrganisations()
                    ? SeatingCategories.organisation(who.organisationKey())
                            .map(o -> organisations.computeIfAbsent(o, k -> organisations.size()))
                            .orElse(-1)
                    : -1;
            yeg[p] = who.yeg();
            yegTotal += who.yeg() ? 1 : 0;
            current[p] = who.currentTable() == null ? -1 : tableIndex.getOrDefault(who.currentTable(), -1);
        }
        industryCount = industries.size();
        industryName = industryNames.toArray(String[]::new);
        organisationCount = organisations.size();
        yegShare = SeatingScore.yegShare(yegTotal, tableCount);
        mates = matesOf(problem);
        for (int p = 0; p < people; p++) {
            if (current[p] >= 0) {
                points[p][current[p]] += keepPoints;
            }
        }
        pin = pinsThatHold();
        scale = 2 * (people + 1L);
        int maxCapacity = Arrays.stream(capacity).max().orElse(0);
        int maxChoice = Math.max(rules.firstChoice(), Math.max(rules.secondChoice(), rules.thirdChoice())) + keepPoints;
        // More than any score change one more seated person can bring about.
        seatBonus = scale
                * (1L
                        + maxChoice
                        + (long) (rules.sameIndustryPair() + rules.repeatPair()) * maxCapacity
                        + rules.yegOverflow());
    }

    /** More than any objective value a seating can reach: seats, every 1st choice and every bonus. */
    long objectiveCeiling() {
        return people * (seatBonus + scale * (Math.max(rules.firstChoice(), 1) + keepPoints) + 1) + 1;
    }

    int tableIndex(int number) {
        return tableIndex.getOrDefault(number, -1);
    }

    int personIndex(long id) {
        return personIndex.getOrDefault(id, -1);
    }

    /** Whether person p may sit at table t at all (their pin, if any, holds). */
    boolean allowed(int p, int t) {
        return pin[p] < 0 || pin[p] == t;
    }

    private int[][] matesOf(SeatingProblem problem) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            lists.add(new ArrayList<>());
        }
        for (TablematePair pair : problem.earlierTablemates()) {
            int a = personIndex(pair.first());
            int b = personIndex(pair.second());
            if (a >= 0 && b >= 0) {
                lists.get(a).add(b);
                lists.get(b).add(a);
            }
        }
        int[][] mates = new int[people][];
        for (int p = 0; p < people; p++) {
            mates[p] =
                    lists.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return mates;
    }

    /** Pins in id order; a pin that cannot hold beside the earlier ones is dropped and reported. */
    private int[] pinsThatHold() {
        int[] pins = new int[people];
        int[] pinnedAt = new int[tableCount];
        Map<Long, Integer> pinnedOrganisation = new HashMap<>();
        for (int p = 0; p < people; p++) {
            pins[p] = -1;
            Integer wanted = person[p].pinnedTable();
            if (wanted == null) {
                continue;
            }
            String name = person[p].name();
            int t = tableIndex(wanted);
            if (t < 0) {
                pinViolations.add(new Violation(
                        Violation.PIN,
                        List.of(person[p].id()),
                        SeatingNote.of("seating.violation.pinUnknownTable", name, wanted)));
                continue;
            }
            if (pinnedAt[t] >= capacity[t]) {
                pinViolations.add(new Violation(
                        Violation.PIN,
                        List.of(person[p].id()),
                        SeatingNote.of("seating.violation.pinOverCapacity", name, wanted, capacity[t])));
                continue;
            }
            if (organisation[p] >= 0) {
                long key = (long) organisation[p] * tableCount + t;
                Integer colleague = pinnedOrganisation.putIfAbsent(key, p);
                if (colleague != null) {
                    pinViolations.add(new Violation(
                            Violation.PIN,
                            List.of(person[colleague].id(), person[p].id()),
                            SeatingNote.of(
                                    "seating.violation.pinSameOrganisation", name, wanted, person[colleague].name())));
                    continue;
                }
            }
            pins[p] = t;
            pinnedAt[t]++;
        }
        return pins;
    }

    /** The objective value (scaled, see the class comment) of a seating given as table index per person. */
    long objective(int[] seat) {
        Map<Long, Integer> seats = seatsById(seat);
        long value = scale * SeatingScore.of(problem, seats).score();
        for (int p = 0; p < people; p++) {
            if (seat[p] >= 0) {
                value += seatBonus + (seat[p] == current[p] ? 1 + scale * keepPoints : 0);
            }
        }
        return value;
    }

    Map<Long, Integer> seatsById(int[] seat) {
        Map<Long, Integer> seats = new HashMap<>();
        for (int p = 0; p < people; p++) {
            if (seat[p] >= 0) {
                seats.put(person[p].id(), table[seat[p]].number());
            }
        }
        return seats;
    }

    /** Whether a seating keeps the capacity, pin and organisation rules. */
    boolean keepsRules(int[] seat) {
        int[] count = new int[tableCount];
        Map<Long, Boolean> orgAt = new HashMap<>();
        for (int p = 0; p < people; p++) {
            int t = seat[p];
            if (t < 0) {
                continue;
            }
            if (!allowed(p, t) || ++count[t] > capacity[t]) {
                return false;
            }
            if (organisation[p] >= 0 && orgAt.put((long) organisation[p] * tableCount + t, true) != null) {
                return false;
            }
        }
        return true;
    }
}
