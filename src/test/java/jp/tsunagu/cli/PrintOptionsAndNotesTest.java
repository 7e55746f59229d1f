package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.printing.StoredEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: options a document ignores are refused, the documents' language, and what print says first. */
class PrintOptionsAndNotesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store;
    private long eventId;

    @BeforeEach
    void event() {
        store = folder.resolve("tsunagu.db");
        try (Tsunagu app = Tsunagu.open(store)) {
            eventId = StoredEvent.create(app.database(), app.events());
            app.database().inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate(
                            "UPDATE person SET warnings = '[{\"key\":\"registrant.warn.duplicate\",\"args\":[\"山田 太郎\"]}]'"
                                    + " WHERE name = '佐藤 花子'");
                    s.executeUpdate("UPDATE person SET organisation = '𠀀商店' WHERE name = '山田 太郎'");
                }
                return null;
            });
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void anOptionTheDocumentIgnoresIsRefusedWithExitTwoAndNothingWritten() {
        Path out = folder.resolve("x.pdf");
        String[][] refused = {
            {"tents", "--sort", "reading"},
            {"signs", "--paper", "A4"},
            {"roster", "--offset-x", "1"},
            {"worksheets", "--start-at", "2"},
            {"calibration", "--honorific"},
            {"seating-chart", "--save"},
        };
        for (String[] args : refused) {
            String[] full = new String[args.length + 3];
            full[0] = "print";
            System.arraycopy(args, 0, full, 1, args.length);
            full[args.length + 1] = "--out";
            full[args.length + 2] = out.toString();
            CliRun run = CliRun.of(store, full);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains(args[1]);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void anOffsetThatPushesLabelsOffThePageIsRefused() {
        Path out = folder.resolve("x.pdf");
        CliRun run = CliRun.of(store, "print", "namecards", "--offset-x", "-15", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("はみ出します");
        assertThat(out).doesNotExist();
        assertThat(CliRun.of(store, "print", "namecards", "--offset-x", "-5", "--out", out.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void documentsAreJapaneseByDefaultWhateverTheCommandLineSpeaksAndEnglishWithLangEn() throws Exception {
        Path ja = folder.resolve("ja.pdf");
        assertThat(CliRun.of(store, Locale.ENGLISH, "print", "namecards", "--out", ja.toString())
                        .exitCode())
                .isZero();
        assertThat(text(ja)).contains("テーブル").doesNotContain("Table");

        Path en = folder.resolve("en.pdf");
        CliRun run = CliRun.of(store, "print", "namecards", "--lang", "en", "--save", "--out", en.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(en)).contains("Table").doesNotContain("テーブル");
        try (Tsunagu app = Tsunagu.open(store)) {
            assertThat(app.printing().documentLanguage(eventId)).isEqualTo(Locale.ENGLISH);
        }
        assertThat(CliRun.of(store, "print", "namecards", "--lang", "fr", "--out", en.toString())
                        .exitCode())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void printSaysUnseatedPeoplePossibleDuplicatesAndUndrawableCharactersBeforeCards() throws Exception {
        Path out = folder.resolve("cards.pdf");
        CliRun run = CliRun.of(store, "print", "namecards", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String said = run.out();
        assertThat(said).contains("まだ席が決まっていない人が 1 人").contains("伊藤 誠");
        assertThat(said).contains("重複の可能性がある人が 1 人").contains("佐藤 花子");
        assertThat(said).contains("「𠀀商店」の「𠀀」");
        assertThat(said.indexOf("伊藤 誠")).isLessThan(said.indexOf("名札を書き出しました"));

        JsonNode json = JSON.readTree(CliRun.of(store, "--json", "print", "namecards", "--out", out.toString())
                .out());
        assertThat(json.get("unseated").get(0).asText()).isEqualTo("伊藤 誠");
        assertThat(json.get("possibleDuplicates").get(0).asText()).isEqualTo("佐藤 花子");
        assertThat(json.get("missingCharacters").get(0).get("characters").asText())
                .isEqualTo("𠀀");
        assertThat(json.get("language").asText()).isEqualTo("ja");
    }

    @Test
    void aHostsNameWithACharacterNoBundledFontHasIsSaidToo() {
        CliRun add = CliRun.of(
                store, "staff", "add", "--table", "1", "--role", "advisor", "--name", "𠀀田 一郎", "--org", "静岡大学");
        assertThat(add.exitCode()).as(add.err()).isZero();
        CliRun run = CliRun.of(
                store, "print", "signs", "--out", folder.resolve("signs.pdf").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("の「𠀀」").contains("𠀀田");
    }
}
