package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeMatcherTest {

    private final ThemeMatcher matcher = new ThemeMatcher(TestWorkbooks.KAKEGAWA);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            空き家・跡地の新しい活用 | 1
            1.空き家・跡地の新しい活用 | 1
            １．空き家・跡地の新しい活用 | 1
            ①空き家・跡地の新しい活用 | 1
            (2) 農産物・お茶の未来のかたち | 2
            テーマ3 | 3
            4 | 4
            ４ | 4
            7番 | 7
            空き家 | 1
            食と循環 | 4
            お茶 | 2
            子育て | 5
            医療・福祉 | 6
            メタバース | 7
            脱炭素 | 3
            デジタル・メタバースで広がる 地域交流 | 7
            """)
    void matchesEachFormOfAThemeChoice(String value, int theme) {
        assertThat(matcher.match(value)).hasValue(theme);
    }

    @ParameterizedTest
    @CsvSource({"循環", "観光", "9", "2.空き家・跡地の新しい活用", "''"})
    void matchesNothingWhenAmbiguousUnknownOrContradictory(String value) {
        assertThat(matcher.match(value)).isEmpty();
    }

    @Test
    void readsAMultiSelectCellInItsOrder() {
        ThemeMatcher.Choices c = matcher.matchAll("4.食と循環の未来づくり, 子育て、教育からひろがる地域の未来, 1.空き家・跡地の新しい活用");
        assertThat(c.themes()).containsExactly(4, 5, 1);
        assertThat(c.unmatched()).isEmpty();
    }

    @Test
    void readsAMultiSelectCellSeparatedByLineBreaksOrIdeographicCommas() {
        assertThat(matcher.matchAll("空き家\nデジタル").themes()).containsExactly(1, 7);
        assertThat(matcher.matchAll("空き家、食と循環").themes()).containsExactly(1, 4);
    }

    @Test
    void reportsWhatAMultiSelectCellNamesThatMatchesNoTheme() {
        ThemeMatcher.Choices c = matcher.matchAll("空き家, 観光まちづくり");
        assertThat(c.themes()).containsExactly(1);
        assertThat(c.unmatched()).containsExactly("観光まちづくり");
    }
}
