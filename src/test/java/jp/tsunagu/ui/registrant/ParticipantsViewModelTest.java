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
import jp.tsunagu.registrant.Registrant;
import jp.tsunagu.registrant.StoredPerson;
import jp.tsunagu.ui.CurrentThreadTaskRunner;
import jp.tsunagu.ui.LiveChanges;
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
    private long eventId;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        Event event = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), ""))
                .event();
        eventId = event.id();
        dialogs = new ScriptedDialogs();
        undo = new UndoManager();
        model = new ParticipantsViewModel(
                new UiContext(
                        app,
                        Messages.forLocale(Locale.JAPANESE),
                        dialogs,
                        new CurrentThreadTaskRunner(),
                        undo,
                        // Told at once on this thread, even when another test started the FX toolkit.
                        new LiveChanges(app.database().changes(), Runnable::run)),
                app.events(),
                app.registrants(),
                app.registrantImport());
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

    private List<String> names() {
        return model.people().stream().map(p -> p.registrant().name()).toList();
    }

    @Test
    void addingEditingAndDeletingSeveralAreEachOneUndoableChange() throws Exception {
        assertThat(model.add(Registrant.byHand("佐藤 花子", "さとう はなこ", "", "hanako@example.jp")))
                .isTrue();
        assertThat(model.add(Registrant.byHand("田中 一郎", "たなか いちろう", "", ""))).isTrue();
        StoredPerson sato = model.people().getFirst();
        assertThat(model.save(sato, sato.registrant().toBuilder().title("代表").build()))
                .isTrue();
        assertThat(model.people().getFirst().registrant().title()).isEqualTo("代表");

        undo.undo();
        assertThat(model.people().getFirst().registrant().title()).isEmpty();
        undo.redo();
        assertThat(model.people().getFirst().registrant().title()).isEqualTo("代表");

        model.delete(List.copyOf(model.people()));
        assertThat(model.people()).isEmpty();
        undo.undo(); // one Ctrl+Z brings both back, with their ids and answers
        assertThat(names()).containsExactly("佐藤 花子", "田中 一郎");
        assertThat(model.people().getFirst().id()).isEqualTo(sato.id());
        assertThat(model.people().getFirst().registrant().title()).isEqualTo("代表");

        undo.undo(); // the edit
        undo.undo(); // adding 田中
        assertThat(names()).containsExactly("佐藤 花子");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void ctrlZAfterADeleteBringsBackTheCheckInTheSeatAndTheSeedThatNamedThem() throws Exception {
        model.add(Registrant.byHand("佐藤 花子", "さとう はなこ", "", "hanako@example.jp"));
        model.add(Registrant.byHand("田中 一郎", "たなか いちろう", "", ""));
        long sato = model.people().getFirst().id();
        long tanaka = model.people().get(1).id();
        app.seats().seat(eventId, sato, 3);
        app.seats().seat(eventId, tanaka, 3);
        app.venue().checkIn(eventId, sato);
        long seed =
                app.outcomes().add(eventId, 3, jp.tsunagu.outcome.OutcomeDraft.seed("空き店舗の活用", List.of(sato, tanaka)));
        var before = app.venue().person(eventId, sato);

        model.delete(List.of(model.people().getFirst()));
        assertThat(names()).containsExactly("田中 一郎");
        assertThat(app.outcomes().get(seed).people()).containsExactly(tanaka);

        for (int round = 0; round < 2; round++) {
            undo.undo();
            assertThat(names()).containsExactly("佐藤 花子", "田中 一郎");
            assertThat(app.venue().person(eventId, sato)).isEqualTo(before);
            assertThat(app.seats().of(eventId).get(sato).table()).isEqualTo(3);
            assertThat(app.outcomes().get(seed).people()).containsExactly(sato, tanaka);
            undo.redo();
            assertThat(names()).containsExactly("田中 一郎");
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMergeIsUndoneWithBothRecordsAndTheDialogSaysTheConsent() throws Exception {
        model.add(Registrant.builder()
                .name("山田 太郎")
                .email("taro@example.com")
                .consent(true)
                .registeredAt("2026-11-01T10:00:00")
                .build());
        model.add(Registrant.builder()
                .name("山田 太郎")
                .email("yamada@example.jp")
                .consent(false)
                .registeredAt("2026-11-20T10:00:00")
                .build());
        List<StoredPerson> pair = List.copyOf(model.people());

        model.merge(pair);

        assertThat(dialogs.questions.getLast()).contains("同意なし");
        assertThat(model.people())
                .singleElement()
                .satisfies(p -> assertThat(p.registrant().consent()).isFalse());
        undo.undo();
        assertThat(model.people())
                .extracting(StoredPerson::id)
                .containsExactlyInAnyOrderElementsOf(
                        pair.stream().map(StoredPerson::id).toList());
        assertThat(model.people())
                .anySatisfy(p -> assertThat(p.registrant().consent()).isTrue());
    }

    @Test
    void undoingAnImportWithItsButtonThenCtrlZUndoesTheLaterEditNotTheImportAgain() throws Exception {
        model.add(Registrant.byHand("佐藤 花子", "さとう はなこ", "", "sato@example.jp"));
        dialogs.fileToOpen = csv();
        model.chooseFile();
        model.confirmImport();
        StoredPerson sato = model.people().stream()
                .filter(p -> p.registrant().name().equals("佐藤 花子"))
                .findFirst()
                .orElseThrow();
        model.save(sato, sato.registrant().toBuilder().title("代表").build());

        model.undoLatestImport();
        assertThat(names()).containsExactly("佐藤 花子");

        undo.undo(); // Ctrl+Z: the edit made after the import, not the import a second time
        assertThat(model.people().getFirst().registrant().title()).isEmpty();
        undo.undo(); // then adding 佐藤
        assertThat(model.people()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void aChangeMadeElsewhereShowsWithoutOpeningThePageAgain() {
        // Another page (reception, another window) adds someone: the list shows them at once.
        app.registrants().add(eventId, Registrant.byHand("当日 参加", "とうじつ さんか", "", ""));
        assertThat(names()).containsExactly("当日 参加");
    }
}
