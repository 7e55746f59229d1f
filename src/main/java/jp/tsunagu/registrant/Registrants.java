package jp.tsunagu.registrant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.RemovedRows;
import jp.tsunagu.store.StoreChange;
import jp.tsunagu.text.ReadingOrder;
import jp.tsunagu.text.SearchKey;

/**
 * The participant list (参加者): sorted by reading (五十音順, never by kanji code), searched by
 * any part of a name, reading, organisation or email, filtered; people edited, added by hand,
 * deleted, and two possible duplicates merged into one.
 */
public final class Registrants {

    static final String DUPLICATE = "registrant.warn.duplicate";

    private final Database database;

    public Registrants(Database database) {
        this.database = database;
    }

    /** The event's people that pass {@code filter}, in 五十音順 of their readings. */
    public List<StoredPerson> list(long eventId, RegistrantFilter filter) {
        List<StoredPerson> all =
                database.read(c -> RegistrantStore.people(c, eventId, RegistrantStore.themes(c, eventId)));
        String q = SearchKey.of(filter.query());
        return all.stream()
                .filter(p -> q.isEmpty() || matches(p.registrant(), q))
                .filter(p -> filter.theme() == null || p.registrant().choices().contains(filter.theme()))
                .filter(p -> filter.category() == null
                        || filter.category().isEmpty()
                        || p.registrant().category().equals(filter.category()))
                .filter(p -> !filter.withWarnings() || !p.registrant().flags().isEmpty())
                .filter(p -> !filter.possibleDuplicates() || isPossibleDuplicate(p.registrant()))
                .sorted(byReading())
                .toList();
    }

    /** The categories people gave, for the filter's choices. */
    public List<String> categories(long eventId) {
        return list(eventId, RegistrantFilter.ALL).stream()
                .map(p -> p.registrant().category())
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted(Comparator.comparing((String s) -> ReadingOrder.key(s, s)))
                .toList();
    }

    /**
     * The event's people who are not marked absent, in the order they were stored: what the
     * seating and the printed documents read. Inside another transaction it reads that one's state.
     */
    public List<StoredPerson> present(long eventId) {
        return database.read(c -> RegistrantStore.present(c, eventId, RegistrantStore.themes(c, eventId)));
    }

    /** Every person's attendance by id (expected, checked in, absent), as the venue day keeps it. */
    public Map<Long, Attendance> attendance(long eventId) {
        return database.read(c -> RegistrantStore.attendance(c, eventId));
    }

    /** The ids of the event's people marked absent. */
    public List<Long> absent(long eventId) {
        return database.read(c -> RegistrantStore.absent(c, eventId));
    }

    public StoredPerson get(long personId) {
        return database.read(c -> RegistrantStore.person(c, personId))
                .orElseThrow(() -> new UserError("registrant.person.notFound", personId));
    }

    /** Adds a person by hand (a late registration); the same email twice is refused. */
    public StoredPerson add(long eventId, Registrant person) {
        Registrant p = cleaned(person);
        return database.inTransaction(c -> {
            RegistrantStore.Themes themes = RegistrantStore.themes(c, eventId);
            requireUniqueEmail(RegistrantStore.people(c, eventId, themes), p.email(), -1);
            long id = RegistrantStore.insert(c, eventId, p, themes);
            database.changed(eventId, StoreChange.Topic.PEOPLE);
            return new StoredPerson(id, p);
        });
    }

    /** Saves a person as edited; a reading typed by a person is no longer a guess. */
    public StoredPerson edit(long personId, Registrant person) {
        Registrant p = cleaned(person);
        return database.inTransaction(c -> {
            long eventId = RegistrantStore.eventOf(c, personId);
            if (eventId < 0) {
                throw new UserError("registrant.person.notFound", personId);
            }
            RegistrantStore.Themes themes = RegistrantStore.themes(c, eventId);
            requireUniqueEmail(RegistrantStore.people(c, eventId, themes), p.email(), personId);
            RegistrantStore.update(c, personId, p, themes);
            database.changed(eventId, StoreChange.Topic.PEOPLE);
            return new StoredPerson(personId, p);
        });
    }

    public void delete(long personId) {
        delete(List.of(personId));
    }

    /**
     * Removes these people as one change, and returns them as they were, so that
     * {@link #restore(long, List)} can put them back (their answers only; see {@link #remove}).
     */
    public List<StoredPerson> delete(List<Long> personIds) {
        return remove(personIds).people();
    }

    /**
     * Removes these people as one change, with everything that hangs on them (seat, check-in,
     * the seeds that name them, their check-in history), and returns all of it, so that
     * {@link #restore(long, RemovedPeople)} puts it back whole.
     */
    public RemovedPeople remove(List<Long> personIds) {
        return database.inTransaction(c -> {
            List<StoredPerson> removed = new ArrayList<>();
            List<Long> found = new ArrayList<>();
            for (long id : personIds) {
                long eventId = RegistrantStore.eventOf(c, id);
                if (eventId < 0) {
                    continue;
                }
                removed.add(RegistrantStore.person(c, id).orElseThrow());
                found.add(id);
                announceAll(eventId);
            }
            RemovedRows rows = RemovedRows.capture(c, "person", found);
            for (long id : found) {
                RegistrantStore.delete(c, id);
            }
            return new RemovedPeople(removed, rows);
        });
    }

    /** Puts removed people back under their former ids and answers (undo of adding a person). */
    public void restore(long eventId, List<StoredPerson> people) {
        database.inTransaction(c -> {
            RegistrantStore.Themes themes = RegistrantStore.themes(c, eventId);
            for (StoredPerson p : people) {
                RegistrantStore.restore(c, eventId, p, themes);
            }
            database.changed(eventId, StoreChange.Topic.PEOPLE);
            return null;
        });
    }

    /**
     * Puts removed people back as they were when removed, in one transaction: their answers,
     * attendance, check-in time and walk-in mark, their seat (unless its table is gone), the seeds
     * and next steps that named them, their check-in history (undo of a delete).
     */
    public void restore(long eventId, RemovedPeople removed) {
        database.inTransaction(c -> {
            removed.rows().restore(c);
            announceAll(eventId);
            return null;
        });
    }

    // A person's removal or return touches every view that shows people.
    private void announceAll(long eventId) {
        for (StoreChange.Topic topic : List.of(
                StoreChange.Topic.PEOPLE,
                StoreChange.Topic.SEATS,
                StoreChange.Topic.ATTENDANCE,
                StoreChange.Topic.OUTCOMES,
                StoreChange.Topic.FOLLOW_UPS)) {
            database.changed(eventId, topic);
        }
    }

    /** Puts a person's stored answers back exactly as they were (undo of an edit or a merge), without cleaning. */
    public void put(StoredPerson person) {
        database.inTransaction(c -> {
            long eventId = RegistrantStore.eventOf(c, person.id());
            if (eventId < 0) {
                throw new UserError("registrant.person.notFound", person.id());
            }
            RegistrantStore.update(c, person.id(), person.registrant(), RegistrantStore.themes(c, eventId));
            database.changed(eventId, StoreChange.Topic.PEOPLE);
            return null;
        });
    }

    /**
     * Merges two people the import flagged as possible duplicates: {@code keepId} stays, filled in
     * with whatever it lacks from {@code dropId}, which is removed. Their duplicate warnings go.
     */
    public StoredPerson merge(long keepId, long dropId) {
        return merge(keepId, dropId, null);
    }

    /**
     * As {@link #merge(long, long)}, storing {@code chosen} (the merge dialog's field-by-field
     * choice, cleaned as an edit is) for the person kept; null stores {@link #merged}.
     */
    public StoredPerson merge(long keepId, long dropId, Registrant chosen) {
        return mergeUndoably(keepId, dropId, chosen).merged();
    }

    /**
     * As {@link #merge(long, long, Registrant)}, returning what {@link #unmerge} needs to split the
     * two again: the kept record as it was and the dropped one with all that hung on it.
     */
    public MergedPeople mergeUndoably(long keepId, long dropId, Registrant chosen) {
        if (keepId == dropId) {
            throw new UserError("registrant.merge.same");
        }
        return database.inTransaction(c -> {
            StoredPerson keep = RegistrantStore.person(c, keepId)
                    .orElseThrow(() -> new UserError("registrant.person.notFound", keepId));
            StoredPerson drop = RegistrantStore.person(c, dropId)
                    .orElseThrow(() -> new UserError("registrant.person.notFound", dropId));
            long eventId = RegistrantStore.eventOf(c, keepId);
            if (eventId != RegistrantStore.eventOf(c, dropId)) {
                throw new UserError("registrant.merge.otherEvent");
            }
            Registrant merged = chosen == null ? combine(keep.registrant(), drop.registrant()) : cleaned(chosen);
            RemovedRows dropped = RemovedRows.capture(c, "person", List.of(dropId));
            RegistrantStore.delete(c, dropId);
            RegistrantStore.update(c, keepId, merged, RegistrantStore.themes(c, eventId));
            announceAll(eventId);
            return new MergedPeople(new StoredPerson(keepId, merged), keep, new RemovedPeople(List.of(drop), dropped));
        });
    }

    /** Splits a merge again, in one transaction: the kept record as it was, the dropped one back whole. */
    public void unmerge(MergedPeople merge) {
        database.inTransaction(c -> {
            long eventId = RegistrantStore.eventOf(c, merge.keptBefore().id());
            if (eventId < 0) {
                throw new UserError(
                        "registrant.person.notFound", merge.keptBefore().id());
            }
            RegistrantStore.update(
                    c, merge.keptBefore().id(), merge.keptBefore().registrant(), RegistrantStore.themes(c, eventId));
            merge.dropped().rows().restore(c);
            announceAll(eventId);
            return null;
        });
    }

    /** What merging {@code keep} and {@code drop} would store, for the merge dialog to show first. */
    public static Registrant merged(Registrant keep, Registrant drop) {
        return combine(keep, drop);
    }

    static Registrant combine(Registrant a, Registrant b) {
        Map<String, String> extras = new LinkedHashMap<>(b.extras());
        extras.putAll(a.extras());
        List<Flag> flags = new ArrayList<>();
        for (Flag f : a.flags()) {
            if (!f.key().equals(DUPLICATE) && !flags.contains(f)) {
                flags.add(f);
            }
        }
        boolean keepReading =
                !a.reading().isEmpty() && (!a.readingGuessed() || b.reading().isEmpty() || b.readingGuessed());
        return a.toBuilder()
                .reading(keepReading ? a.reading() : b.reading())
                .readingGuessed(keepReading ? a.readingGuessed() : b.readingGuessed())
                .organisation(or(a.organisation(), b.organisation()))
                .orgKey(a.organisation().isEmpty() ? b.orgKey() : a.orgKey())
                .title(or(a.title(), b.title()))
                .industry(or(a.industry(), b.industry()))
                .category(or(a.category(), b.category()))
                .yeg(a.yeg() || b.yeg())
                .email(or(a.email(), b.email()))
                .phone(or(a.phone(), b.phone()))
                .choices(
                        a.choice1() != null ? a.choice1() : b.choice1(),
                        a.choice1() != null ? a.choice2() : b.choice2(),
                        a.choice1() != null ? a.choice3() : b.choice3())
                .challenges(or(a.challenges(), b.challenges()))
                .missingResources(or(a.missingResources(), b.missingResources()))
                .offers(or(a.offers(), b.offers()))
                .sdgs(or(a.sdgs(), b.sdgs()))
                .consent(mergedConsent(a, b))
                .registeredAt(a.registeredAt() != null ? a.registeredAt() : b.registeredAt())
                .notes(a.notes().isEmpty() ? b.notes() : b.notes().isEmpty() ? a.notes() : a.notes() + "\n" + b.notes())
                .flags(flags)
                .extras(extras)
                .build();
    }

    /**
     * The consent two records of one person give together: the newer answer (by registration
     * time) when both are dated, since a person may have changed their mind; otherwise only a
     * "yes" from both is a yes. A "no" is never turned into a "yes" by a merge.
     */
    public static boolean mergedConsent(Registrant a, Registrant b) {
        if (a.consent() == b.consent()) {
            return a.consent();
        }
        if (a.registeredAt() != null
                && b.registeredAt() != null
                && !a.registeredAt().equals(b.registeredAt())) {
            return a.registeredAt().compareTo(b.registeredAt()) > 0 ? a.consent() : b.consent();
        }
        return false;
    }

    private static String or(String a, String b) {
        return a == null || a.isEmpty() ? (b == null ? "" : b) : a;
    }

    public static boolean isPossibleDuplicate(Registrant r) {
        return r.flags().stream().anyMatch(f -> f.key().equals(DUPLICATE));
    }

    /**
     * Checks what a person typed without the store (a name, an email that looks like one), so that
     * a form can refuse it at once; the store's own checks (the same email twice) come on saving.
     */
    public static void check(Registrant person) {
        cleaned(person);
    }

    /** Cleans what a person typed as the import would, and keeps the organisation key in step. */
    static Registrant cleaned(Registrant p) {
        if (TextNormaliser.name(p.name()).isEmpty()) {
            throw new UserError("registrant.person.noName");
        }
        String email = TextNormaliser.email(p.email());
        if (!email.isEmpty() && !TextNormaliser.emailLooksValid(email)) {
            throw new UserError("registrant.person.badEmail", email);
        }
        String organisation = jp.tsunagu.text.Organisations.asStored(TextNormaliser.line(p.organisation()));
        String category = TextNormaliser.line(p.category());
        List<Flag> flags = p.flags().stream()
                .filter(f -> !f.key().equals("registrant.warn.readingGuessed") || p.readingGuessed())
                .toList();
        return p.toBuilder()
                .name(TextNormaliser.name(p.name()))
                .reading(TextNormaliser.reading(p.reading()))
                .organisation(organisation)
                .orgKey(OrganisationKey.of(organisation))
                .title(TextNormaliser.line(p.title()))
                .industry(TextNormaliser.line(p.industry()))
                .category(category)
                .yeg(p.yeg() || AnswerParser.yeg(category))
                .email(email)
                .phone(TextNormaliser.phone(p.phone()))
                .challenges(TextNormaliser.text(p.challenges()))
                .missingResources(TextNormaliser.text(p.missingResources()))
                .offers(TextNormaliser.text(p.offers()))
                .sdgs(p.sdgs() == null ? "" : p.sdgs())
                .notes(TextNormaliser.text(p.notes()))
                .flags(flags)
                .build();
    }

    private static void requireUniqueEmail(List<StoredPerson> people, String email, long except) {
        if (email.isEmpty()) {
            return;
        }
        for (StoredPerson other : people) {
            if (other.id() != except && other.registrant().email().equals(email)) {
                throw new UserError(
                        "registrant.person.emailTaken",
                        email,
                        other.registrant().name());
            }
        }
    }

    // The printed lists' order (ReadingOrder): the screen and the paper never disagree.
    private static Comparator<StoredPerson> byReading() {
        return ReadingOrder.<StoredPerson>comparing(
                        p -> p.registrant().reading(), p -> p.registrant().name())
                .thenComparingLong(StoredPerson::id);
    }

    private static boolean matches(Registrant r, String q) {
        return SearchKey.contains(r.name(), q)
                || SearchKey.contains(r.reading(), q)
                || SearchKey.contains(r.organisation(), q)
                || SearchKey.contains(r.email(), q);
    }
}
