package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.printing.CardOrder;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.StoredEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void event() {
        store = folder.resolve("tsunagu.db");
        try (Tsunagu app = Tsunagu.open(store)) {
            StoredEvent.create(app.database(), app.events());
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyKindIsPrintedToItsFile() throws Exception {
        for (PrintKind kind : PrintKind.values()) {
            Path out = folder.resolve(kind.commandName() + ".pdf");
            CliRun run = CliRun.of(store, "print", kind.commandName(), "--out", out.toString(), "--json");

            assertThat(run.exitCode()).as("%s: %s", kind, run.err()).isZero();
            JsonNode json = JSON.readTree(run.out());
            assertThat(json.get("kind").asText()).isEqualTo(kind.commandName());
            assertThat(json.get("pages").asInt()).isPositive();
            assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(out));
            assertThat(Path.of(json.get("file").asText())).isEqualTo(out.toAbsolutePath());
        }
    }

    @Test
    void nameCardOptionsComeFromTheCommandLine() throws Exception {
        Path out = folder.resolve("cards.pdf");
        CliRun run = CliRun.of(
                store,
                "print",
                "namecards",
                "--out",
                out.toString(),
                "--sort",
                "reading",
                "--no-honorific",
                "--start-at",
                "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("名札を書き出しました").contains("1 ページ");
        String text = text(out);
        assertThat(text).doesNotContain("様");
        // 五十音順: いとう before やまだ; the hosts, who have no reading, after them.
        assertThat(text.indexOf("伊藤 誠")).isLessThan(text.indexOf("山田 太郎"));
        assertThat(text.indexOf("山田 太郎")).isLessThan(text.indexOf("大石 健一"));
    }

    @Test
    void savedOptionsAreUsedNextTime() throws Exception {
        CliRun first = CliRun.of(
                store,
                "print",
                "namecards",
                "--out",
                folder.resolve("a.pdf").toString(),
                "--sort",
                "reading",
                "--offset-x",
                "1.5",
                "--save");
        assertThat(first.exitCode()).as(first.err()).isZero();

        try (Tsunagu app = Tsunagu.open(store)) {
            assertThat(app.printing().savedOptions().cards().order()).isEqualTo(CardOrder.READING);
            assertThat(app.printing().calibration().offsetXMm()).isEqualTo(1.5);
        }
    }

    @Test
    void worksheetsOnA4AndTheEnglishMessage() throws Exception {
        Path out = folder.resolve("ws.pdf");
        CliRun run = CliRun.of(store, Locale.ENGLISH, "print", "worksheets", "--paper", "a4", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Worksheets written to").contains("7 pages");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void wrongKindPaperOrOptionValuesAreUsageErrors() {
        assertThat(CliRun.of(store, "print", "posters", "--out", "x.pdf").exitCode())
                .isEqualTo(Cli.USAGE);
        assertThat(CliRun.of(store, "print", "worksheets", "--paper", "B5", "--out", "x.pdf")
                        .exitCode())
                .isEqualTo(Cli.USAGE);
        CliRun badStart = CliRun.of(
                store,
                "print",
                "namecards",
                "--start-at",
                "12",
                "--out",
                folder.resolve("x.pdf").toString());
        assertThat(badStart.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(badStart.err()).contains("1 から 10");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }
}
