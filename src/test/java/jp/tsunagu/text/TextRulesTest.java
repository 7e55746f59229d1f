package jp.tsunagu.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import jp.tsunagu.registrant.OrganisationKey;
import jp.tsunagu.seating.SeatingCategories;
import org.junit.jupiter.api.Test;

/** Each text rule has one home: the import, the seating, the screen and the paper agree. */
class TextRulesTest {

    @Test
    void theImportAndTheSeatingAgreeOnWhoBelongsToNoOrganisation() {
        for (String none : List.of("個人", "なし", "無し", "無所属", "-", "ー", "特になし", "ｎ／ａ", "None", "　")) {
            assertThat(OrganisationKey.of(none)).as(none).isEmpty();
            // Before, the seating kept its own shorter list and sat two "無し" people apart as colleagues.
            assertThat(SeatingCategories.organisation(none)).as(none).isEmpty();
            // And it is stored as no organisation, never printed on a name card as 「なし」.
            assertThat(Organisations.asStored(none)).as(none).isEmpty();
        }
        assertThat(Organisations.asStored("掛川信用金庫")).isEqualTo("掛川信用金庫");
        assertThat(SeatingCategories.organisation("掛川信用金庫")).contains("掛川信用金庫");
    }

    @Test
    void readingOrderIsADictionaryOrderWhateverTheScriptOrCase() {
        List<String> readings = List.of("Smith", "さとう", "adams", "ごとう", "カトウ", "", "こばやし");
        List<String> sorted = ReadingOrder.sorted(readings, (a, b) -> 0, Function.identity(), r -> "名前" + r);
        assertThat(sorted).containsExactly("adams", "Smith", "カトウ", "ごとう", "こばやし", "さとう", "");
    }

    @Test
    void aSearchKeyIgnoresWidthCaseSpacesAndKana() {
        assertThat(SearchKey.of("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo(SearchKey.of("やまだたろう"));
        assertThat(SearchKey.of("ＹＡＭＡＤＡ　Taro")).isEqualTo("yamadataro");
        assertThat(SearchKey.contains("山田 太郎", SearchKey.of("山田太郎"))).isTrue();
    }

    @Test
    void nfkcTakesNullAndWidthsAlike() {
        assertThat(Nfkc.of(null)).isEmpty();
        assertThat(Nfkc.stripped(" １２ ")).isEqualTo("12");
        assertThat(Nfkc.of("㈱掛川")).isEqualTo("(株)掛川");
    }
}
