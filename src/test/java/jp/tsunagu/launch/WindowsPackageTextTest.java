package jp.tsunagu.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows .msi is safe from WiX's code page by construction (decision 0043): jpackage writes the
 * name, vendor, copyright, description and launcher names into WiX sources that an English build
 * machine encodes in code page 1252, where light.exe fails on any Japanese character. So everything
 * that jpackage reads for Windows is ASCII (comments aside, which jpackage skips).
 */
class WindowsPackageTextTest {
    private static final List<String> READ_FOR_WINDOWS = List.of(
            "installer/jpackage-common.txt",
            "installer/jpackage-app.txt",
            "installer/jpackage-windows.txt",
            "installer/launcher-cli-windows.properties");

    @Test
    void everythingJpackageReadsForTheMsiIsAscii() throws Exception {
        for (String file : READ_FOR_WINDOWS) {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            assertThat(lines).as(file).isNotEmpty();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("#")) {
                    continue;
                }
                assertThat(line.chars().allMatch(c -> c < 0x80))
                        .as("%s line %d is not ASCII: %s", file, i + 1, line)
                        .isTrue();
            }
        }
    }

    @Test
    void theWindowsDescriptionIsSetThereAndNotInheritedFromACommonFile() throws Exception {
        assertThat(Files.readString(Path.of("installer/jpackage-windows.txt"))).contains("\n--description ");
        assertThat(Files.readString(Path.of("installer/jpackage-common.txt"))).doesNotContain("\n--description");
    }
}
