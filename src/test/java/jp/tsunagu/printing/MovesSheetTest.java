package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The MC's moves on paper: every move, in 五十音順, in the bundled fonts, read back from the PDF. */
class MovesSheetTest {
    @Test
    void everyMoveIsPrintedInReadingOrder() {
        List<MovesSheet.Line> moves = List.of(
                new MovesSheet.Line("山田 太郎", "やまだ たろう", 3, 5),
                new MovesSheet.Line("𠮷田 健太", "よしだ けんた", 2, 7),
                new MovesSheet.Line("青木 花子", "あおき はなこ", 1, null));

        PdfReadBack pdf = PdfReadBack.of(out -> new MovesSheet(PrintText.japanese()).write("掛川マッチング交流会", moves, out));

        String text = pdf.allText().replace(" ", "");
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(text).contains("席の移動のお願い").contains("掛川マッチング交流会");
        assertThat(text.indexOf("青木花子")).isLessThan(text.indexOf("山田太郎"));
        assertThat(text.indexOf("山田太郎")).isLessThan(text.indexOf("𠮷田健太"));
        assertThat(text).contains("テーブル3").contains("テーブル5").contains("テーブル7").contains("未定");
        assertThat(pdf.fontNames()).allMatch(f -> f.contains("BIZUDPGothic") || f.contains("NotoSansJP"));
    }

    @Test
    void manyMovesTakeMorePagesAndNoneIsSaid() {
        List<MovesSheet.Line> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new MovesSheet.Line("参加者 " + i, "さんかしゃ " + i, 1, 2))
                .toList();
        assertThat(PdfReadBack.of(out -> new MovesSheet(PrintText.japanese()).write("交流会", many, out))
                        .pages())
                .isGreaterThan(1);
        PdfReadBack none =
                PdfReadBack.of(out -> new MovesSheet(new PrintText(Locale.ENGLISH)).write("Evening", List.of(), out));
        assertThat(none.allText()).contains("Nobody needs to move.");
    }
}
