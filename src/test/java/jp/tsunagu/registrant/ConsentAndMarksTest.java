package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: consent questions in ordinary words, yes/no and mark columns, read the same from .xlsx, .xls and a CP932
 * CSV; and every answer the store keeps comes out of {@code export registrants}.
 */
class ConsentAndMarksTest {

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

    @Test
    void consentQuestionsInOrdinaryWordsAreConsent() {
        assertThat(HeaderCatalog.recognise("連絡先の交換を希望しますか")).isEqualTo(Field.CONSENT);
        assertThat(HeaderCatalog.recognise("名簿に連絡先を載せてもよいですか")).isEqualTo(Field.CONSENT);
        assertThat(HeaderCatalog.recognise("参加者名簿への掲載")).isEqualTo(Field.CONSENT);
        assertThat(HeaderCatalog.recognise("メールアドレスを他の参加者と共有してよいですか")).isEqualTo(Field.CONSENT);
        assertThat(HeaderCatalog.recognise("May we share your contact details with your tablemates?"))
                .isEqualTo(Field.CONSENT);
        // Asking for the details themselves is not consent.
        assertThat(HeaderCatalog.recognise("メールアドレス")).isEqualTo(Field.EMAIL);
        assertThat(HeaderCatalog.recognise("連絡先電話番号")).isEqualTo(Field.PHONE);
        assertThat(HeaderCatalog.recognise("YEG会員")).isEqualTo(Field.YEG);
        assertThat(HeaderCatalog.recognise("区分")).isEqualTo(Field.CATEGORY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "○",
                "◯",
                "〇",
                "●",
                "✓",
                "レ",
                "該当",
                "有",
                "Yes",
                "YES",
                "1",
                "１",
                "はい",
                "載せてよい",
                "希望する",
                "同意します",
                "問題ありません",
                "構いません",
                "はい、希望します"
            })
    void marksAndWordsThatMeanYes(String answer) {
        assertThat(AnswerParser.yesNo(answer)).as(answer).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"×", "✕", "無", "", "  ", "いいえ", "希望しない", "載せないでください", "No", "0", "不可", "該当しない"})
    void marksAndWordsThatMeanNo(String answer) {
        assertThat(AnswerParser.yesNo(answer)).as(answer).contains(false);
    }

    @Test
    void anAnswerThatIsNeitherIsUnread() {
        assertThat(AnswerParser.yesNo("検討中")).isEmpty();
        assertThat(AnswerParser.yesNo("たぶん")).isEmpty();
    }

    private static final List<Object> HEADER = List.of("お名前", "ふりがな", "メールアドレス", "YEG会員", "連絡先の交換を希望しますか", "ご意見・ご感想");

    private static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of("山田 太郎", "やまだ たろう", "taro@example.jp", "○", "はい", "楽しみです"));
        rows.add(List.of("佐藤 花子", "さとう はなこ", "hanako@example.jp", "×", "希望しない", ""));
        rows.add(List.of("鈴木 一郎", "すずき いちろう", "ichiro@example.jp", "レ", "載せてよい", ""));
        rows.add(List.of("田中 恵", "たなか めぐみ", "megumi@example.jp", "", "検討中", ""));
        return rows;
    }

    private static String csvText() {
        return rows().stream()
                        .map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .collect(Collectors.joining("\r\n"))
                + "\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"申込.xlsx", "申込.xls", "申込.csv"})
    void consentAndMarkColumnsReadTheSameInEveryFileKind(String file) {
        byte[] bytes = file.endsWith(".xlsx")
                ? TestWorkbooks.xlsx(rows())
                : file.endsWith(".xls")
                        ? TestWorkbooks.xls(rows())
                        : TestWorkbooks.csv(csvText(), Charset.forName("windows-31j"));
        ImportPreview p = previewer.preview(
                reader.read(file, bytes), Optional.empty(), Optional.empty(), TestWorkbooks.KAKEGAWA, List.of());

        // The preview says which column became consent and which the YEG mark.
        assertThat(p.mapping().columns())
                .extracting(ColumnMapping.Column::header, ColumnMapping.Column::field)
                .contains(
                        tuple("連絡先の交換を希望しますか", Field.CONSENT),
                        tuple("YEG会員", Field.YEG),
                        tuple("ご意見・ご感想", Field.NOTES));
        List<Registrant> people = p.rows().stream().map(RowOutcome::registrant).toList();
        assertThat(people).extracting(Registrant::consent).containsExactly(true, false, true, false);
        assertThat(people).extracting(Registrant::yeg).containsExactly(true, false, true, false);
        // "検討中" is neither: a warning naming the row and column, not a silent no.
        assertThat(p.warnings())
                .extracting(RowIssue::row, RowIssue::column, i -> i.reason().key())
                .containsExactly(tuple(5, "連絡先の交換を希望しますか", "registrant.warn.consent"));
    }

    @Test
    void everyAnswerKeptComesOutOfTheExport() {
        List<List<Object>> rows = List.of(
                List.of("お名前", "ふりがな", "今の課題", "提供できること", "不足している資源", "SDGs目標", "タイムスタンプ", "備考", "食物アレルギー"),
                List.of("山田 太郎", "やまだ たろう", "人手不足", "IT支援", "資金", "3, 11", "2026/10/01 9:00", "駐車場を使います", "えび"));
        ImportPreview p = previewer.preview(
                reader.read("f.xlsx", TestWorkbooks.xlsx(rows)),
                Optional.empty(),
                Optional.empty(),
                TestWorkbooks.KAKEGAWA,
                List.of());
        Registrant r = p.rows().getFirst().registrant();
        List<List<String>> out = RegistrantExport.rows(List.of(new StoredPerson(1, r)), f -> f.key());
        List<String> header = out.get(0);
        List<String> row = out.get(1);
        assertThat(header.subList(0, RegistrantExport.COLUMNS.size())).isEqualTo(RegistrantExport.COLUMNS);
        assertThat(row.get(header.indexOf("notes"))).isEqualTo("駐車場を使います");
        assertThat(row.get(header.indexOf("challenges"))).isEqualTo("人手不足");
        assertThat(row.get(header.indexOf("offers"))).isEqualTo("IT支援");
        assertThat(row.get(header.indexOf("missing_resources"))).isEqualTo("資金");
        assertThat(row.get(header.indexOf("sdgs"))).isEqualTo("3,11");
        assertThat(row.get(header.indexOf("registered_at"))).isEqualTo("2026-10-01T09:00:00");
        assertThat(row.get(header.indexOf("食物アレルギー"))).isEqualTo("えび");
        // Every non-empty value the person holds is somewhere in the row.
        for (String v : List.of(r.challenges(), r.offers(), r.missingResources(), r.notes())) {
            assertThat(row).contains(v);
        }
    }
}
