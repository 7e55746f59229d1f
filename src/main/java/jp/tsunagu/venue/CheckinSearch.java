package jp.tsunagu.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.text.SearchKey;

/**
 * The reception desk's search: what was typed matched against the reading (in hiragana or
 * katakana, either width), the name, the organisation and the email; a number that is a
 * reception-list row code (typed, or by a barcode scanner) finds that one person alone. Built once
 * per change of the list, so that each keystroke only scans prepared keys.
 */
public final class CheckinSearch {
    private final List<VenuePerson> people;
    private final String[] keys;
    private final Map<String, VenuePerson> byCode = new HashMap<>();

    private CheckinSearch(List<VenuePerson> given) {
        // Keys are made once per person (not per comparison): the list is rebuilt after every check-in.
        record Keyed(VenuePerson person, String order, String key) {}
        List<Keyed> keyed = new ArrayList<>(given.size());
        for (VenuePerson p : given) {
            String reading = SearchKey.of(p.reading());
            String name = SearchKey.of(p.name());
            keyed.add(new Keyed(
                    p,
                    reading.isEmpty() ? name : reading,
                    reading
                            + '\u0001'
                            + name
                            + '\u0001'
                            + SearchKey.of(p.organisation())
                            + '\u0001'
                            + SearchKey.of(p.email())));
        }
        keyed.sort(Comparator.comparing(Keyed::order)
                .thenComparingLong(k -> k.person().id()));
        people = new ArrayList<>(keyed.size());
        keys = new String[keyed.size()];
        for (int i = 0; i < keys.length; i++) {
            VenuePerson p = keyed.get(i).person();
            people.add(p);
            keys[i] = keyed.get(i).key();
            byCode.put(p.code(), p);
        }
    }

    public static CheckinSearch of(List<VenuePerson> people) {
        return new CheckinSearch(people);
    }

    /** Everyone, in 五十音順 of their readings. */
    public List<VenuePerson> all() {
        return List.copyOf(people);
    }

    /** The people the query finds, in 五十音順; everyone for an empty query. */
    public List<VenuePerson> find(String query) {
        String q = SearchKey.of(query);
        if (q.isEmpty()) {
            return List.copyOf(people);
        }
        VenuePerson coded = byCode.get(q);
        if (coded != null) {
            return List.of(coded);
        }
        List<VenuePerson> found = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].contains(q)) {
                found.add(people.get(i));
            }
        }
        return found;
    }

    /** The one person the query finds, if it finds exactly one (Enter checks them in). */
    public Optional<VenuePerson> single(String query) {
        if (SearchKey.of(query).isEmpty()) {
            return Optional.empty();
        }
        List<VenuePerson> found = find(query);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }
}
