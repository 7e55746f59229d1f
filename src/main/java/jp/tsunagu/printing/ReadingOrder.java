package jp.tsunagu.printing;

import java.util.Comparator;
import java.util.List;

/** 五十音順 of printed people: the rule is {@link jp.tsunagu.text.ReadingOrder}, the same as the screen's. */
final class ReadingOrder {
    private ReadingOrder() {}

    static final Comparator<PrintablePerson> BY_READING =
            jp.tsunagu.text.ReadingOrder.comparing(PrintablePerson::reading, PrintablePerson::name);

    /** The people sorted by {@code first}, then in 五十音順, each key worked out once. */
    static List<PrintablePerson> sorted(List<PrintablePerson> people, Comparator<PrintablePerson> first) {
        return jp.tsunagu.text.ReadingOrder.sorted(people, first, PrintablePerson::reading, PrintablePerson::name);
    }
}
