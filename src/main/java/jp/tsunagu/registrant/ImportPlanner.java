package jp.tsunagu.registrant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides each row's fate against the people already in the event: the same email is the same
 * person (the newer registration wins, by the form's timestamp, else by file order); the same name
 * and organisation without a shared email is only a possible duplicate.
 */
final class ImportPlanner {

    /** The planned rows and duplicates; fates in file order. */
    record Plan(List<RowOutcome> rows, List<PossibleDuplicate> duplicates) {}

    private record Candidate(int row, Registrant registrant, List<RowIssue> issues, Integer table) {}

    private record Final(Candidate candidate, StoredPerson match) {}

    Plan plan(List<RowReader.Result> results, List<StoredPerson> existing) {
        Map<String, StoredPerson> byEmail = new HashMap<>();
        Map<String, Deque<StoredPerson>> byNameNoEmail = new HashMap<>();
        for (StoredPerson p : existing) {
            if (!p.registrant().email().isEmpty()) {
                byEmail.put(p.registrant().email(), p);
            } else {
                byNameNoEmail
                        .computeIfAbsent(identity(p.registrant()), k -> new ArrayDeque<>())
                        .add(p);
            }
        }
        Map<Integer, RowOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Candidate> winners = new LinkedHashMap<>();
        List<Candidate> noEmail = new ArrayList<>();
        for (RowReader.Result r : results) {
            if (r.skipped()) {
                continue;
            }
            if (r.rejected()) {
                outcomes.put(
                        r.row(), new RowOutcome(r.row(), RowFate.REJECTED, null, null, null, false, r.issues(), null));
                continue;
            }
            outcomes.put(r.row(), null); // keeps file order
            Candidate c = new Candidate(r.row(), r.registrant(), r.issues(), r.table());
            String email = c.registrant().email();
            if (email.isEmpty()) {
                noEmail.add(c);
                continue;
            }
            Candidate earlier = winners.get(email);
            if (earlier == null) {
                winners.put(email, c);
            } else {
                Candidate newer = newer(earlier, c);
                Candidate older = newer == c ? earlier : c;
                winners.put(email, newer);
                outcomes.put(older.row(), superseded(older, newer.row()));
                // Anything the older row superseded now points to the newest.
                outcomes.replaceAll(
                        (row, o) -> o != null && o.fate() == RowFate.SUPERSEDED && o.supersededBy() == older.row()
                                ? superseded(o, newer.row())
                                : o);
            }
        }

        // Final people: existing ones (possibly replaced) and new ones, to look for duplicates.
        List<Final> finals = new ArrayList<>();
        for (Candidate c : winners.values()) {
            finals.add(new Final(c, byEmail.get(c.registrant().email())));
        }
        for (Candidate c : noEmail) {
            Deque<StoredPerson> same = byNameNoEmail.get(identity(c.registrant()));
            finals.add(new Final(c, same == null ? null : same.poll()));
        }
        Set<Long> matched = new HashSet<>();
        finals.forEach(f -> {
            if (f.match() != null) {
                matched.add(f.match().id());
            }
        });

        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Final f : finals) {
            groups.computeIfAbsent(identity(f.candidate().registrant()), k -> new ArrayList<>())
                    .add(f);
        }
        for (StoredPerson p : existing) {
            if (!matched.contains(p.id()) && groups.containsKey(identity(p.registrant()))) {
                groups.get(identity(p.registrant())).add(p);
            }
        }

        List<PossibleDuplicate> duplicates = new ArrayList<>();
        Map<Integer, List<Flag>> dupFlags = new HashMap<>();
        for (List<Object> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Integer> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Long existingId = null;
            for (Object o : group) {
                if (o instanceof Final f) {
                    rows.add(f.candidate().row());
                    names.add(f.candidate().registrant().name());
                } else if (o instanceof StoredPerson p) {
                    names.add(p.registrant().name());
                    existingId = existingId == null ? p.id() : existingId;
                }
            }
            duplicates.add(new PossibleDuplicate(rows, names, existingId));
            for (Object o : group) {
                if (o instanceof Final f) {
                    for (Object other : group) {
                        if (other != o) {
                            dupFlags.computeIfAbsent(f.candidate().row(), k -> new ArrayList<>())
                                    .add(Flag.of("registrant.warn.duplicate", contact(other)));
                        }
                    }
                }
            }
        }

        for (Final f : finals) {
            Candidate c = f.candidate();
            List<Flag> extra = dupFlags.getOrDefault(c.row(), List.of());
            Registrant r = c.registrant();
            if (f.match() != null) {
                r = keepConfirmedReading(r, f.match().registrant());
            }
            if (!extra.isEmpty()) {
                List<Flag> flags = new ArrayList<>(r.flags());
                flags.addAll(extra);
                r = r.withFlags(flags);
            }
            RowFate fate = f.match() == null
                    ? RowFate.ADDED
                    : r.equals(f.match().registrant()) ? RowFate.UNCHANGED : RowFate.UPDATED;
            outcomes.put(
                    c.row(),
                    new RowOutcome(
                            c.row(),
                            fate,
                            r,
                            f.match() == null ? null : f.match().id(),
                            null,
                            !extra.isEmpty(),
                            c.issues(),
                            c.table()));
        }
        // A re-registration inside a file that matches the store exactly changes nothing either.
        Set<Integer> unchangedWinners = new HashSet<>();
        for (Candidate w : winners.values()) {
            if (outcomes.get(w.row()).fate() == RowFate.UNCHANGED) {
                unchangedWinners.add(w.row());
            }
        }
        outcomes.replaceAll((row, o) -> o.fate() == RowFate.SUPERSEDED && unchangedWinners.contains(o.supersededBy())
                ? new RowOutcome(
                        o.row(),
                        RowFate.UNCHANGED,
                        o.registrant(),
                        o.existingId(),
                        o.supersededBy(),
                        false,
                        o.issues(),
                        o.table())
                : o);
        return new Plan(new ArrayList<>(outcomes.values()), duplicates);
    }

    private static RowOutcome superseded(Candidate older, int by) {
        return new RowOutcome(
                older.row(), RowFate.SUPERSEDED, older.registrant(), null, by, false, older.issues(), older.table());
    }

    private static RowOutcome superseded(RowOutcome o, int by) {
        return new RowOutcome(o.row(), RowFate.SUPERSEDED, o.registrant(), null, by, false, o.issues(), o.table());
    }

    /** The newer of two registrations with the same email: by timestamp when both have one, else the later row. */
    private static Candidate newer(Candidate a, Candidate b) {
        String ta = a.registrant().registeredAt();
        String tb = b.registrant().registeredAt();
        if (ta != null && tb != null && !ta.equals(tb)) {
            return ta.compareTo(tb) > 0 ? a : b;
        }
        return a.row() > b.row() ? a : b;
    }

    /** A reading a person confirmed is not replaced by a guess. */
    private static Registrant keepConfirmedReading(Registrant incoming, Registrant stored) {
        if (incoming.readingGuessed()
                && !stored.readingGuessed()
                && !stored.reading().isEmpty()) {
            List<Flag> flags = incoming.flags().stream()
                    .filter(f -> !f.key().equals("registrant.warn.readingGuessed"))
                    .toList();
            return incoming.withReading(stored.reading(), false).withFlags(flags);
        }
        return incoming;
    }

    private static String contact(Object other) {
        Registrant r = other instanceof StoredPerson p
                ? p.registrant()
                : ((Final) other).candidate().registrant();
        return r.email().isEmpty() ? "-" : r.email();
    }

    static String identity(Registrant r) {
        return r.nameKey() + "|" + r.orgKey();
    }
}
