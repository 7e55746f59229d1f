package jp.tsunagu.ui.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.Event;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.registrant.Field;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantsViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private ScriptedDialogs dialogs;
    private UndoManager undo;
    private ParticipantsViewModel model;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        Event event = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), ""))
                .event();
        dialogs = new ScriptedDialogs();
        undo = new UndoManager();
        model = new ParticipantsViewModel(
                new UiContext(app, Messages.forLocale(Locale.JAPANESE), dialogs, new CurrentThreadTaskRunner(), undo));
        model.show(event);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path csv() throws Exception {
        return Files.writeString(
                folder.resolve("申込.csv"),
                "氏名,ふりがな,連絡用,第1希望,区分\n"
                        + "鈴木 花子,すずき はなこ,hanako@example.jp,2,市民\n"
                        + "山田 太郎,やまだ たろう,taro@example.com,1,掛川YEG会員\n"
                        + "安藤 一,あんどう はじめ,hajime@example.com,3,市民\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void previewsChangesTheMappingImportsAndUndoesAsOneEdit() throws Exception {
        dialogs.fileToOpen = csv();
        model.chooseFile();
        assertThat(model.pending().get()).isNotNull();
        assertThat(model.people()).isEmpty();

        model.remap(2, Field.EMAIL);
        assertThat(model.pending()
                        .get()
                        .preview()
                        .rows()
                        .getFirst()
                        .registrant()
                        .email())
                .isEqualTo("hanako@example.jp");
        model.confirmImport();
        assertThat(model.pending().get()).isNull();
        assertThat(model.people())
                .extracting(p -> p.registrant().reading())
                .containsExactly("あんどう はじめ", "すずき はなこ", "やまだ たろう");
        assertThat(model.status().get()).contains("追加 3 人");

        undo.undo();
        assertThat(model.people()).isEmpty();
        undo.redo();
        assertThat(model.people()).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void searchesAndFilters() throws Exception {
        dialogs.fileToOpen = csv();
        model.chooseFile();
        model.confirmImport();
        model.query().set("ヤマダ");
        assertThat(model.people()).extracting(p -> p.registrant().name()).containsExactly("山田 太郎");
        model.query().set("");
        model.categoryFilter().set("市民");
        assertThat(model.people()).hasSize(2);
        model.categoryFilter().set("");
        model.themeFilter().set(model.themeChoices().get(3));
        assertThat(model.people()).extracting(p -> p.registrant().name()).containsExactly("安藤 一");
    }

    @Test
    void showsABrokenFileAsAnErrorAndChangesNothing() throws Exception {
        dialogs.fileToOpen = Files.write(folder.resolve("壊れた.xlsx"), new byte[] {'P', 'K', 3, 4, 9});
        model.chooseFile();
        assertThat(model.pending().get()).isNull();
        assertThat(dialogs.errors).singleElement().asString().contains("壊れている");
        assertThat(model.people()).isEmpty();
    }

    @Test
    void mergesTwoPossibleDuplicates() throws Exception {
        dialogs.fileToOpen = Files.writeString(
                folder.resolve("dup.csv"),
                "氏名,メールアドレス,会社名\n山田 太郎,taro@example.com,㈱やまだ\n山田 太郎,yamada@example.jp,株式会社やまだ\n",
                StandardCharsets.UTF_8);
        model.chooseFile();
        model.confirmImport();
        model.duplicatesOnly().set(true);
        List<StoredPerson> pair = List.copyOf(model.people());
        assertThat(pair).hasSize(2);
        model.merge(pair);
        assertThat(model.people()).isEmpty();
        model.duplicatesOnly().set(false);
        assertThat(model.people()).singleElement().satisfies(p -> assertThat(
                        p.registrant().flags())
                .extracting(f -> f.key())
                .doesNotContain("registrant.warn.duplicate"));
    }

    @Test
    void previewsAnotherSheetOfTheWorkbook() throws Exception {
        Path book = folder.resolve("book.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var notes = wb.createSheet("メモ");
            notes.createRow(0).createCell(0).setCellValue("氏名");
            notes.createRow(1).createCell(0).setCellValue("メモの人");
            var list = wb.createSheet("名簿");
            var h = list.createRow(0);
            h.createCell(0).setCellValue("氏名");
            h.createCell(1).setCellValue("メールアドレス");
            var r = list.createRow(1);
            r.createCell(0).setCellValue("名簿の人");
            r.createCell(1).setCellValue("list@example.jp");
            try (var out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        dialogs.fileToOpen = book;
        model.chooseFile();
        assertThat(model.pending().get().preview().sheet()).isEqualTo("名簿");
        model.chooseSheet("メモ");
        assertThat(model.pending().get().preview().sheet()).isEqualTo("メモ");
        assertThat(model.pending()
                        .get()
                        .preview()
                        .rows()
                        .getFirst()
                        .registrant()
                        .name())
                .isEqualTo("メモの人");
    }
}
