package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportPreviewerTest {

    private static ReadingGuesser guesser;
    private static ImportPreviewer previewer;
    private final SpreadsheetReader reader = new SpreadsheetReader();

    @BeforeAll
    static void start() {
        guesser = new ReadingGuesser();
        previewer = new ImportPreviewer(new FontCoverage(), guesser);
    }

    @AfterAll
    static void stop() {
        guesser.close();
    }

    private ImportPreview preview(String name, byte[] bytes, List<StoredPerson> existing) {
        return previewer.preview(
                reader.read(name, bytes), Optional.empty(), Optional.empty(), TestWorkbooks.KAKEGAWA, existing);
    }

    private static final List<Object> GOOGLE_HEADER = List.of(
            "タイムスタンプ",
            "お名前",
            "ふりがな",
            "会社名・団体名",
            "区分",
            "メールアドレス",
            "電話番号",
            "参加希望テーマ [第1希望]",
            "参加希望テーマ [第2希望]",
            "参加希望テーマ [第3希望]",
            "連絡先共有への同意",
            "食物アレルギー");

    @Test
    void findsTheHeaderBelowTitleAndBlankRowsAndSkipsFooters() {
        byte[] xlsx = TestWorkbooks.xlsx(List.of(
                List.of("掛川マッチング交流会 申込一覧"),
                List.of(),
                GOOGLE_HEADER,
                List.of(
                        "2026/10/01 9:00:00",
                        "山田　太郎",
                        "ヤマダ タロウ",
                        "（株）やまだ",
                        "SDGsプラットフォーム登録企業",
                        "Taro@Example.com",
                        9012345678d,
                        "1.空き家・跡地の新しい活用",
                        "食と循環",
                        "7",
                        "同意する",
                        "えび"),
                List.of(),
                List.of(
                        "2026/10/02 10:00:00",
                        "鈴木 花子",
                        "すずき はなこ",
                        "",
                        "掛川YEG会員",
                        "hanako@example.jp",
                        "",
                        "子育て",
                        "",
                        "",
                        "同意しない"),
                List.of("合計", "2名")));
        ImportPreview p = preview("回答.xlsx", xlsx, List.of());

        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.rowsRead()).isEqualTo(2);
        assertThat(p.added()).isEqualTo(2);
        Registrant taro = p.rows().getFirst().registrant();
        assertThat(taro.name()).isEqualTo("山田 太郎");
        assertThat(taro.reading()).isEqualTo("やまだ たろう");
        assertThat(taro.orgKey()).isEqualTo("やまだ");
        assertThat(taro.email()).isEqualTo("taro@example.com");
        assertThat(taro.phone()).isEqualTo("09012345678");
        assertThat(taro.choices()).containsExactly(1, 4, 7);
        assertThat(taro.consent()).isTrue();
        assertThat(taro.registeredAt()).isEqualTo("2026-10-01T09:00:00");
        assertThat(taro.extras()).containsEntry("食物アレルギー", "えび");
        Registrant hanako = p.rows().get(1).registrant();
        assertThat(hanako.yeg()).isTrue();
        assertThat(hanako.consent()).isFalse();
        assertThat(hanako.choices()).containsExactly(5, null, null);
        assertThat(p.warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactly(tuple(4, "電話番号", "registrant.warn.phoneRepaired"));
    }

    @Test
    void rejectsARowWithoutANameNamingItsRowAndColumn() {
        String csv = "氏名,メールアドレス\n山田 太郎,taro@example.com\n,ghost@example.com\n鈴木 花子,hanako@example\n";
        ImportPreview p = preview("申込.csv", csv.getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(p.rejections())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactly(tuple(3, "氏名", "registrant.row.noName"));
        assertThat(p.warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .contains(tuple(4, "メールアドレス", "registrant.warn.email"));
        assertThat(p.rows())
                .extracting(RowOutcome::fate)
                .containsExactly(RowFate.ADDED, RowFate.REJECTED, RowFate.ADDED);
        assertThat(p.rows().get(2).registrant().email()).isEqualTo("hanako@example");
    }

    @Test
    void readsATicketingExportInShiftJisWithFamilyAndGivenNames() {
        String csv = "注文ID,申込み日時,チケット名,姓,名,セイ,メイ,購入者メールアドレス,会社名,参加希望テーマ(複数選択)\r\n"
                + "A-001,2026/10/03 12:00,一般参加,佐藤,健,サトウ,ケン,ken@example.jp,合同会社さとう,\"2.農産物・お茶の未来のかたち, 4.食と循環の未来づくり\"\r\n"
                + "A-002,2026/10/03 12:30,掛川YEG会員,田中,恵,タナカ,メグミ,megumi@example.jp,㈱たなか,観光\r\n";
        ImportPreview p = preview("tickets.csv", csv.getBytes(Charset.forName("windows-31j")), List.of());
        Registrant ken = p.rows().getFirst().registrant();
        assertThat(ken.name()).isEqualTo("佐藤 健");
        assertThat(ken.reading()).isEqualTo("さとう けん");
        assertThat(ken.category()).isEqualTo("一般参加");
        assertThat(ken.choices()).containsExactly(2, 4, null);
        assertThat(ken.extras()).containsEntry("注文ID", "A-001");
        assertThat(p.rows().get(1).registrant().yeg()).isTrue();
        assertThat(p.warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key(), i -> i.args())
                .contains(tuple(3, "参加希望テーマ(複数選択)", "registrant.warn.theme", List.of("観光")));
    }

    @Test
    void keepsTheNewerOfTwoRegistrationsWithOneEmail() {
        String csv = "タイムスタンプ,氏名,メールアドレス,所属\n"
                + "2026/10/05 10:00:00,山田 太郎,taro@example.com,新しい会社\n"
                + "2026/10/01 10:00:00,山田 太郎,TARO@example.com,古い会社\n"
                + "2026/10/02 10:00:00,鈴木 花子,hanako@example.jp,\n"
                + "2026/10/03 10:00:00,鈴木 花子,hanako@example.jp,すずき\n";
        ImportPreview p = preview("申込.csv", csv.getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(p.rows())
                .extracting(RowOutcome::row, RowOutcome::fate, RowOutcome::supersededBy)
                .containsExactly(
                        tuple(2, RowFate.ADDED, null),
                        tuple(3, RowFate.SUPERSEDED, 2),
                        tuple(4, RowFate.SUPERSEDED, 5),
                        tuple(5, RowFate.ADDED, null));
        assertThat(p.rows().getFirst().registrant().organisation()).isEqualTo("新しい会社");
        assertThat(p.added()).isEqualTo(2);
        assertThat(p.updated()).isEqualTo(2);
    }

    @Test
    void flagsSameNameAndOrganisationWithoutSharedEmailAsPossibleDuplicate() {
        String csv = "氏名,メールアドレス,会社名\n"
                + "山田 太郎,taro@example.com,株式会社やまだ\n"
                + "山田　太郎,yamada@example.jp,㈱やまだ\n"
                + "山田 太郎,t@example.jp,すずき商店\n";
        ImportPreview p = preview("申込.csv", csv.getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(p.added()).isEqualTo(3);
        assertThat(p.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.rows()).containsExactly(2, 3);
            assertThat(d.names()).containsExactly("山田 太郎", "山田 太郎");
        });
        assertThat(p.rows()).extracting(RowOutcome::possibleDuplicate).containsExactly(true, true, false);
    }

    @Test
    void matchesPeopleAlreadyInTheEventByEmailAndChangesNothingOnTheSameFile() {
        String csv = "氏名,ふりがな,メールアドレス,第1希望\n山田 太郎,やまだ たろう,taro@example.com,1\n鈴木 花子,すずき はなこ,,2\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ImportPreview first = preview("申込.csv", bytes, List.of());
        List<StoredPerson> stored = List.of(
                new StoredPerson(10, first.rows().get(0).registrant()),
                new StoredPerson(11, first.rows().get(1).registrant()));
        ImportPreview again = preview("申込.csv", bytes, stored);
        assertThat(again.rows())
                .extracting(RowOutcome::fate, RowOutcome::existingId)
                .containsExactly(tuple(RowFate.UNCHANGED, 10L), tuple(RowFate.UNCHANGED, 11L));
        assertThat(again.changesSomething()).isFalse();

        String changed = csv.replace("taro@example.com,1", "taro@example.com,3");
        ImportPreview later = preview("申込.csv", changed.getBytes(StandardCharsets.UTF_8), stored);
        assertThat(later.rows().getFirst().fate()).isEqualTo(RowFate.UPDATED);
        assertThat(later.rows().getFirst().registrant().choice1()).isEqualTo(3);
    }

    @Test
    void guessesReadingsWhenTheFileHasNoneAndWarnsAboutUndrawableCharacters() {
        String csv = "氏名,メールアドレス\n髙橋 一郎,ichiro@example.com\n𠮷田 花子,hanako@example.com\n𠀀野 次郎,jiro@example.com\n";
        ImportPreview p = preview("申込.csv", csv.getBytes(StandardCharsets.UTF_8), List.of());
        Registrant ichiro = p.rows().getFirst().registrant();
        assertThat(ichiro.reading()).isEqualTo("たかはし いちろう");
        assertThat(ichiro.readingGuessed()).isTrue();
        assertThat(ichiro.flags()).extracting(Flag::key).contains("registrant.warn.readingGuessed");
        assertThat(p.warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key(), RowIssue::args)
                .contains(tuple(4, "氏名", "registrant.warn.glyph", List.of("𠀀")))
                .noneMatch(t -> t.toList().get(0).equals(3) && t.toList().get(2).equals("registrant.warn.glyph"));
        assertThat(p.rows().get(1).registrant().reading()).isEqualTo("よしだ はなこ");
    }

    @Test
    void readsAGoogleFormsMultiSelectAndWarnsAboutAMissingTheme() {
        String csv = "タイムスタンプ,お名前,参加希望テーマ\n"
                + "2026/10/01 9:00:00,山田 太郎,\"食と循環の未来づくり, 空き家・跡地の新しい活用\"\n"
                + "2026/10/01 9:10:00,鈴木 花子,\n";
        ImportPreview p = preview("回答.csv", csv.getBytes(StandardCharsets.UTF_8), List.of());
        assertThat(p.rows().getFirst().registrant().choices()).containsExactly(4, 1, null);
        assertThat(p.warnings())
                .extracting(RowIssue::row, i -> i.reason().key())
                .contains(tuple(3, "registrant.warn.noTheme"));
    }

    @Test
    void refusesAFileWithoutARecognisableHeader() {
        String csv = "a,b,c\n1,2,3\n";
        SpreadsheetReaderTest.assertRefused(
                () -> preview("x.csv", csv.getBytes(StandardCharsets.UTF_8), List.of()), "registrant.file.noHeader");
    }

    @Test
    void usesTheMappingTheUserChose() {
        String csv = "氏名,連絡用\n山田 太郎,taro@example.com\n";
        LoadedFile f = reader.read("申込.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportPreview first =
                previewer.preview(f, Optional.empty(), Optional.empty(), TestWorkbooks.KAKEGAWA, List.of());
        assertThat(first.rows().getFirst().registrant().extras()).containsEntry("連絡用", "taro@example.com");
        ColumnMapping chosen = first.mapping().with(1, Field.EMAIL);
        ImportPreview second =
                previewer.preview(f, Optional.empty(), Optional.of(chosen), TestWorkbooks.KAKEGAWA, List.of());
        assertThat(second.rows().getFirst().registrant().email()).isEqualTo("taro@example.com");
        assertThat(second.rows().getFirst().registrant().extras()).isEmpty();
    }
}
