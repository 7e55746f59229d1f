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
 *
 * <p>{@link #plan} runs in phases, each a method: index the store, keep the newest row per email,
 * match each row to a stored person, group possible duplicates, decide each fate, and let a
 * superseded row of an unchanged person change nothing either.
 */
final class ImportPlanner {

    /** The planned rows and duplicates; fates in file order. */
    record Plan(List<RowOutcome> rows, List<PossibleDuplicate> duplicates) {}

    private record Candidate(
            int row, Registrant registrant, List<RowIssue> issues, Integer table, Attendance attendance) {}

    private record Final(Candidate candidate, StoredPerson match) {}

    /** The store's people, by email and (without email) by name and organisation. */
    private record Stored(Map<String, StoredPerson> byEmail, Map<String, Deque<StoredPerson>> byNameNoEmail) {}

    /** The rows after the first phase: one winner per email, rows without email, fates so far in file order. */
    private record Rows(Map<Integer, RowOutcome> outcomes, Map<String, Candidate> winners, List<Candidate> noEmail) {}

    /** Possible duplicate groups and the warnings each row gets. */
    private record Duplicates(List<PossibleDuplicate> groups, Map<Integer, List<Flag>> flags) {}

    Plan plan(List<RowReader.Result> results, List<StoredPerson> existing) {
        return plan(results, existing, AttendanceNow.NONE, "");
    }

    /**
     * {@code attendance}: what the store holds now, so that the file's attendance column (headed
     * {@code attendanceColumn}) changes only what it may.
     */
    Plan plan(
            List<RowReader.Result> results,
            List<StoredPerson> existing,
            AttendanceNow attendance,
            String attendanceColumn) {
        Stored stored = index(existing);
        Rows rows = newestPerEmail(results);
        List<Final> finals = match(rows, stored);
        Duplicates duplicates = duplicates(finals, existing);
        decideFates(finals, duplicates, rows.outcomes(), attendance, attendanceColumn);
        settleUnchangedReRegistrations(rows);
        return new Plan(new ArrayList<>(rows.outcomes().values()), duplicates.groups());
    }

    private static Stored index(List<StoredPerson> existing) {
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
        return new Stored(byEmail, byNameNoEmail);
    }

    /** Rejects what cannot be read and keeps, per email, the newest row; older ones are superseded. */
    private static Rows newestPerEmail(List<RowReader.Result> results) {
        Map<Integer, RowOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Candidate> winners = new LinkedHashMap<>();
        List<Candidate> noEmail = new ArrayList<>();
        for (RowReader.Result r : results) {
            if (r.skipped()) {
                continue;
            }
            if (r.rejected()) {
                outcomes.put(r.row(), RowOutcome.rejected(r.row(), r.issues()));
                continue;
            }
            outcomes.put(r.row(), null); // keeps file order
            Candidate c = new Candidate(r.row(), r.registrant(), r.issues(), r.table(), r.attendance());
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
                outcomes.put(
                        older.row(),
                        RowOutcome.superseded(
                                older.row(), older.registrant(), newer.row(), older.issues(), older.table()));
                // Anything the older row superseded now points to the newest.
                outcomes.replaceAll(
                        (row, o) -> o != null && o.fate() == RowFate.SUPERSEDED && o.supersededBy() == older.row()
                                ? o.supersededBy(newer.row())
                                : o);
            }
        }
        return new Rows(outcomes, winners, noEmail);
    }

    /** The people the import ends with: each row with the stored person it replaces, if any. */
    private static List<Final> match(Rows rows, Stored stored) {
        List<Final> finals = new ArrayList<>();
        for (Candidate c : rows.winners().values()) {
            finals.add(new Final(c, stored.byEmail().get(c.registrant().email())));
        }
        for (Candidate c : rows.noEmail()) {
            Deque<StoredPerson> same = stored.byNameNoEmail().get(identity(c.registrant()));
            finals.add(new Final(c, same == null ? null : same.poll()));
        }
        return finals;
    }

    /** Rows and stored people with one name and organisation but no shared email: possible duplicates. */
    private static Duplicates duplicates(List<Final> finals, List<StoredPerson> existing) {
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
        Map<Integer, List<Flag>> flags = new HashMap<>();
        for (List<Object> group : groups.values()) {
            if (group.size() >= 2) {
                duplicates.add(describe(group));
                flagEachRow(group, flags);
            }
        }
        return new Duplicates(duplicates, flags);
    }

    private static PossibleDuplicate describe(List<Object> group) {
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
        return new PossibleDuplicate(rows, names, existingId);
    }

    private static void flagEachRow(List<Object> group, Map<Integer, List<Flag>> flags) {
        for (Object o : group) {
            if (o instanceof Final f) {
                for (Object other : group) {
                    if (other != o) {
                        flags.computeIfAbsent(f.candidate().row(), k -> new ArrayList<>())
                                .add(Flag.of("registrant.warn.duplicate", contact(other)));
                    }
                }
            }
        }
    }

    /**
     * Added, updated or unchanged, with the duplicate warnings and a confirmed reading kept. A change of
     * attendance alone is an update; the desk's check-ins and absences stay, with a warning.
     */
    private static void decideFates(
            List<Final> finals,
            Duplicates duplicates,
            Map<Integer, RowOutcome> outcomes,
            AttendanceNow attendance,
            String attendanceColumn) {
        for (Final f : finals) {
            Candidate c = f.candidate();
            List<Flag> extra = duplicates.flags().getOrDefault(c.row(), List.of());
            Registrant r = c.registrant();
            if (f.match() != null) {
                r = keepConfirmedReading(r, f.match().registrant());
            }
            if (!extra.isEmpty()) {
                List<Flag> flags = new ArrayList<>(r.flags());
                flags.addAll(extra);
                r = r.withFlags(flags);
            }
            List<RowIssue> issues = c.issues();
            Attendance sets;
            if (f.match() == null) {
                sets = c.attendance() == Attendance.ABSENT ? Attendance.ABSENT : null;
            } else {
                sets = attendance.change(f.match().id(), c.attendance());
                issues = withKeptAttendance(c, f.match().id(), attendance, attendanceColumn);
            }
            // Updated means the answers (or the attendance) change. A mark for review (a possible
            // duplicate of a newcomer) on a person whose answers are the same leaves them unchanged;
            // the import still adds the mark (RegistrantImport.write).
            RowFate fate = f.match() == null
                    ? RowFate.ADDED
                    : sameAnswers(r, f.match().registrant()) && sets == null ? RowFate.UNCHANGED : RowFate.UPDATED;
            outcomes.put(
                    c.row(),
                    RowOutcome.written(
                            c.row(),
                            r,
                            fate,
                            f.match() == null ? null : f.match().id(),
                            !extra.isEmpty(),
                            issues,
                            c.table(),
                            sets));
        }
    }

    /** Whether two records hold the same answers, whatever marks for review they carry. */
    static boolean sameAnswers(Registrant a, Registrant b) {
        return a.withFlags(List.of()).equals(b.withFlags(List.of()));
    }

    /** The row's issues, and a warning when the file says otherwise than the desk decided (the desk's word stays). */
    private static List<RowIssue> withKeptAttendance(
            Candidate c, long personId, AttendanceNow attendance, String column) {
        Attendance now = attendance.of(personId);
        if (c.attendance() == null || !attendance.kept(personId) || now == c.attendance()) {
            return c.issues();
        }
        if (now == Attendance.CHECKED_IN && c.attendance() == Attendance.EXPECTED) {
            return c.issues(); // coming, and came
        }
        List<RowIssue> issues = new ArrayList<>(c.issues());
        issues.add(RowIssue.warning(
                c.row(),
                column,
                now == Attendance.CHECKED_IN ? "registrant.warn.checkedInKept" : "registrant.warn.absentKept"));
        return issues;
    }

    /** A re-registration inside a file that matches the store exactly changes nothing either. */
    private static void settleUnchangedReRegistrations(Rows rows) {
        Set<Integer> unchangedWinners = new HashSet<>();
        for (Candidate w : rows.winners().values()) {
            if (rows.outcomes().get(w.row()).fate() == RowFate.UNCHANGED) {
                unchangedWinners.add(w.row());
            }
        }
        rows.outcomes()
                .replaceAll((row, o) -> o.fate() == RowFate.SUPERSEDED && unchangedWinners.contains(o.supersededBy())
                        ? o.unchanged()
                        : o);
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
