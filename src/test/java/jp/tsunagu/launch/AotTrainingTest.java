package jp.tsunagu.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.cli.Cli;
import jp.tsunagu.cli.CommandContext;
import jp.tsunagu.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's training run (installer/linux/aot-cache.sh) really runs the command line on the
 * sample registrants, so the AOT cache holds the classes of import, seating and JSON output (the
 * window part needs a display and is tried by the installer build itself).
 */
class AotTrainingTest {
    @TempDir
    Path folder;

    @Test
    void runsTheCommandLineOnTheSampleRegistrantsInItsOwnFolder() throws Exception {
        Files.copy(Path.of("sample-data/registrants.xlsx"), folder.resolve("registrants.xlsx"));
        StringWriter output = new StringWriter();

        int status = AotTraining.run(folder, false, output);

        assertThat(status).as(output.toString()).isZero();
        assertThat(Files.exists(folder.resolve("training.db"))).isTrue();
        String[] lines = output.toString().strip().split("\\R");
        JsonNode events = new ObjectMapper().readTree(lines[lines.length - 1]).get("events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("name").asText()).isEqualTo("掛川マッチング交流会");
        JsonNode seating = Arrays.stream(lines)
                .filter(line -> line.startsWith("{\"score\""))
                .map(AotTrainingTest::json)
                .findFirst()
                .orElseThrow();
        assertThat(seating.get("unseated")).isEmpty();
        // The form without a reading column went through the reading guesser (Kuromoji).
        Path exported = folder.resolve("registrants.csv");
        StringWriter ignored = new StringWriter();
        PrintWriter out = new PrintWriter(ignored, true);
        int exportStatus = Cli.run(
                new CommandContext(Tsunagu::open, Messages.forLocale(Locale.ENGLISH), out, out),
                "--data",
                folder.resolve("training.db").toString(),
                "export",
                "registrants",
                "--out",
                exported.toString());
        assertThat(exportStatus).as(ignored.toString()).isZero();
        assertThat(Files.readString(exported)).contains("山田 太郎,やまだ たろう,掛川製茶株式会社");
        assertThat(seating.get("terms").get("firstChoice").asInt()).isPositive();
    }

    @Test
    void withoutTheSampleFileItStillMakesAnEventAndListsIt() throws Exception {
        StringWriter output = new StringWriter();

        assertThat(AotTraining.run(folder, false, output)).isZero();
        assertThat(output.toString()).contains("掛川マッチング交流会");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
