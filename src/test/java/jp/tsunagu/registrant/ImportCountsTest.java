package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import preview's counts are what the import then does (once they read 更新 1 件 and the
 * import's record 更新 0 人): counted again from the store, before and after, and from the
 * import's record that the undo question quotes.
 */
class ImportCountsTest {
    private static final String HEADER = "氏名,メールアドレス,所属\n";

    @TempDir
    Path dir;

    private Tsunagu app;
    private long eventId;

    @BeforeEach
    void open() throws Exception {
        app = Tsunagu.open(dir.resolve("tsunagu.db"));
        eventId = app.events()
                .create(new EventDetails("掛川マッチング交流会", LocalDate.of(2026, 12, 5), "掛川市"))
                .event()
                .id();
        app.registrantImport()
                .run(
                        eventId,
                        csv(
                                "first.csv",
                                HEADER
                                        + "山田 太郎,taro@example.com,山田商店\n"
                                        + "鈴木 花子,hanako@example.jp,鈴木工務店\n"
                                        + "佐藤 一郎,ichiro@example.jp,佐藤農園\n"
                                        + "高橋 次郎,jiro@example.jp,高橋製作所\n"),
                        Optional.empty(),
                        false);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Each person's answers as stored. The marks for review are left out: a stored person marked
     * as a possible duplicate of a newcomer has not had their answers updated.
     */
    private Map<Long, Registrant> stored() {
        Map<Long, Registrant> byId = new HashMap<>();
        for (StoredPerson p : app.registrants().list(eventId, RegistrantFilter.ALL)) {
            byId.put(
                    p.id(),
                    p.registrant().toBuilder()
                            .flags(new java.util.ArrayList<>())
                            .build());
        }
        return byId;
    }

    @Test
    void thePreviewSaysWhatTheImportDoes() throws Exception {
        Path second = csv(
                "second.csv",
                HEADER
                        // Only spaces, width and case differ: no change.
                        + "山田　太郎,TARO@Example.com,山田商店 \n"
                        // A changed answer: one person updated.
                        + "鈴木 花子,hanako@example.jp,すずき工務店\n"
                        // Someone new, registering twice: one person added, one row replaced.
                        + "森 七海,nanami@example.jp,森デザイン\n"
                        + "森 七海,nanami@example.jp,森デザイン事務所\n"
                        // Someone stored, twice and the same both times: unchanged, one row replaced.
                        + "佐藤 一郎,ichiro@example.jp,佐藤農園\n"
                        + "佐藤 一郎,ichiro@example.jp,佐藤農園\n"
                        // Someone stored, changed twice: one person updated, one row replaced.
                        + "高橋 次郎,jiro@example.jp,高橋製作所本社\n"
                        + "高橋 次郎,jiro@example.jp,高橋製作所 掛川工場\n"
                        // No name: rejected.
                        + ",nobody@example.jp,どこか\n"
                        // Same name and organisation as someone stored, another address: added, a possible duplicate.
                        + "山田 太郎,yamada@example.jp,山田商店\n");
        ImportPreview shown = app.registrantImport()
                .run(eventId, second, Optional.empty(), true)
                .preview();
        Map<Long, Registrant> before = stored();

        ImportResult result = app.registrantImport().run(eventId, second, Optional.empty(), false);
        Map<Long, Registrant> after = stored();

        long added =
                after.keySet().stream().filter(id -> !before.containsKey(id)).count();
        long updated = before.keySet().stream()
                .filter(id -> !before.get(id).equals(after.get(id)))
                .count();
        List<String> named = List.of("taro@example.com", "ichiro@example.jp");
        long unchanged = before.entrySet().stream()
                .filter(e ->
                        named.contains(e.getValue().email()) && e.getValue().equals(after.get(e.getKey())))
                .count();
        assertThat(added).isEqualTo(2);
        assertThat(updated).isEqualTo(2);
        assertThat(unchanged).isEqualTo(2);

        for (ImportPreview p : List.of(shown, result.preview())) {
            assertThat(p.added()).isEqualTo(added);
            assertThat(p.peopleUpdated()).isEqualTo(updated);
            assertThat(p.peopleUnchanged()).isEqualTo(unchanged);
            assertThat(p.rejections()).hasSize(1);
            assertThat(p.replacedRows()).isEqualTo(3);
            assertThat(p.duplicates()).hasSize(1);
            // The command line's rows (cli.md): a row matching a person, from this file or before.
            assertThat(p.updated()).isEqualTo(updated + 2);
        }
        // The stored 山田 太郎 is marked as a possible duplicate of the newcomer, his answers as they were.
        assertThat(app.registrants().list(eventId, RegistrantFilter.search("taro@example.com")))
                .singleElement()
                .satisfies(taro -> assertThat(Registrants.isPossibleDuplicate(taro.registrant()))
                        .isTrue());
        ImportBatch record = app.registrantImport().batches(eventId).getFirst();
        assertThat(record.added()).isEqualTo(added);
        assertThat(record.updated()).isEqualTo(updated);

        // The words the preview shows and the undo question quotes say the same numbers.
        Messages ja = Messages.forLocale(Locale.JAPANESE);
        String preview = ja.get(
                "import.counts",
                shown.added(),
                shown.peopleUpdated(),
                shown.peopleUnchanged(),
                shown.rejections().size(),
                shown.duplicates().size(),
                shown.replacedRows());
        assertThat(preview)
                .startsWith("追加 2 人、更新 2 人、変更なし 2 人、取り込まない 1 行、重複の可能性 1 組")
                .contains("前の行 3 行");
        assertThat(ja.get("participants.undoImport.confirm", "second.csv", record.added(), record.updated()))
                .contains("追加 2 人、更新 2 人");
        assertThat(ja.get("import.counts", 1, 0, 0, 0, 0, 0)).isEqualTo("追加 1 人、更新 0 人、変更なし 0 人、取り込まない 0 行、重複の可能性 0 組");
    }

    @Test
    void importingTheSameFileAgainSaysNothingChangedAndChangesNothing() throws Exception {
        Path again = csv(
                "again.csv",
                HEADER
                        + "山田 太郎,taro@example.com,山田商店\n"
                        + "鈴木 花子,hanako@example.jp,鈴木工務店\n"
                        + "佐藤 一郎,ichiro@example.jp,佐藤農園\n"
                        + "高橋 次郎,jiro@example.jp,高橋製作所\n");
        Map<Long, Registrant> before = stored();

        ImportResult result = app.registrantImport().run(eventId, again, Optional.empty(), false);

        assertThat(stored()).isEqualTo(before);
        assertThat(result.batchId()).isEmpty();
        assertThat(result.preview().added()).isZero();
        assertThat(result.preview().peopleUpdated()).isZero();
        assertThat(result.preview().peopleUnchanged()).isEqualTo(4);
    }
}
