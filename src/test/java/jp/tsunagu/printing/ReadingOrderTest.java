package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
    private static PrintablePerson person(String name, String reading) {
        return PrintablePerson.participant(name, reading, "", 1);
    }

    @Test
    void followsTheGojuonOrderWithKatakanaAndVoicingAsADictionaryDoes() {
        List<PrintablePerson> people = List.of(
                person("木村", "きむら"),
                person("後藤", "ごとう"),
                person("加藤", "カトウ"),
                person("手書き", ""),
                person("近藤", "こんどう"),
                person("佐藤", "さとう"),
                person("石川", "いしかわ"),
                person("伊東", "いとう"),
                person("小林", "こばやし"));

        List<String> names = ReadingOrder.sorted(people, (a, b) -> 0).stream()
                .map(PrintablePerson::name)
                .toList();

        // か (加藤) < き (木村) < こ: ごとう and こばやし and こんどう by their plain reading (ことう < こはやし < こんとう).
        assertThat(names).containsExactly("石川", "伊東", "加藤", "木村", "後藤", "小林", "近藤", "佐藤", "手書き");
    }

    @Test
    void ordersAReadingInLettersAsTheParticipantListDoes() {
        // The screen's list (a Collator before) put adams before Smith; the paper put Smith first.
        List<String> names =
                ReadingOrder.sorted(List.of(person("S", "Smith"), person("A", "adams")), (a, b) -> 0).stream()
                        .map(PrintablePerson::name)
                        .toList();
        assertThat(names).containsExactly("A", "S");
    }
}
