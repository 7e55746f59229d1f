package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

class TextFitTest {
    private final BaseFont font = PrintFonts.get().regular();

    @Test
    void wrappedLinesAreNoWiderThanTheBoxAndKeepEveryCharacter() {
        String text = "空き家と跡地の活用について、市内の事例を集めて共有したい。特に中心市街地の空き店舗と、郊外の農地付き空き家の両方に関心があります。";
        Box box = new Box(0, 0, 40, 100);
        TextFit.Lines lines = TextFit.wrap(font, text, 9f, 6f, 1.3, box, 0);

        assertThat(lines.size()).isEqualTo(9f);
        assertThat(lines.lines()).allSatisfy(line -> assertThat(TextFit.widthMm(font, line, lines.size()))
                .isLessThanOrEqualTo(40.0));
        assertThat(String.join("", lines.lines())).isEqualTo(text);
        assertThat(lines.shortened()).isFalse();
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        String text = "あいうえお、かきくけこ。さしすせそ「たちつてと」なにぬねの";
        for (double width = 10; width < 60; width += 0.7) {
            for (String line : TextFit.wrap(font, text, 10f, 10f, 1.2, new Box(0, 0, width, 500), 0)
                    .lines()) {
                assertThat(line).doesNotStartWith("、").doesNotStartWith("。").doesNotStartWith("」");
                assertThat(line).doesNotEndWith("「");
            }
        }
    }

    @Test
    void latinWordsBreakAtSpaces() {
        TextFit.Lines lines =
                TextFit.wrap(font, "Kakegawa Green Energy Cooperative", 10f, 10f, 1.2, new Box(0, 0, 35, 50), 0);

        assertThat(lines.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith(" "));
        assertThat(lines.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines.lines())).isEqualTo("Kakegawa Green Energy Cooperative");
    }

    @Test
    void textThatCannotFitIsShrunkThenShortenedNeverSpilled() {
        String text = PrintSamples.LONG_ORGANISATION.repeat(4);
        Box box = new Box(0, 0, 50, 8);
        TextFit.Lines lines = TextFit.wrap(font, text, 9f, 6f, 1.25, box, 2);

        assertThat(lines.size()).isEqualTo(6f);
        assertThat(lines.lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(lines.heightMm()).isLessThanOrEqualTo(8.0);
        assertThat(lines.shortened()).isTrue();
        assertThat(lines.lines().getLast()).endsWith("…");
        assertThat(lines.lines())
                .allSatisfy(line -> assertThat(TextFit.widthMm(font, line, 6f)).isLessThanOrEqualTo(50.0));
    }

    @Test
    void aLongNameShrinksToTheWidthOnOneLine() {
        Box box = new Box(0, 0, 79, 16.5);
        float size = TextFit.oneLine(PrintFonts.get().bold(), PrintSamples.TEN_CHARACTER_NAME, 28f, box);

        assertThat(size).isLessThan(28f).isGreaterThan(18f);
        assertThat(TextFit.widthMm(PrintFonts.get().bold(), PrintSamples.TEN_CHARACTER_NAME, size))
                .isLessThanOrEqualTo(79.0001);
    }

    @Test
    void headingsAreBalancedRatherThanLeavingOneCharacterAlone() {
        TextFit.Lines lines = TextFit.wrap(font, "1. 空き家・跡地の新しい活用", 36f, 18f, 1.3, new Box(0, 0, 110, 62), 3);

        assertThat(lines.lines()).hasSize(2);
        assertThat(lines.lines().getLast().length()).isGreaterThan(2);
        assertThat(lines.lines().getFirst()).as("broken after ・").endsWith("・");
    }

    @Test
    void aHeadingALittleTooLongShrinksToOneLineRatherThanBreaking() {
        TextFit.Lines lines = TextFit.wrap(font, "農産物・お茶の未来のかたち", 36f, 18f, 1.3, new Box(0, 0, 150, 62), 3);

        assertThat(lines.lines()).containsExactly("農産物・お茶の未来のかたち");
        assertThat(lines.size()).isLessThan(36f).isGreaterThanOrEqualTo(36f * 0.85f);
    }
}
