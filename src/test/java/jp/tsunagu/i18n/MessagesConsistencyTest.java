package jp.tsunagu.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key in both languages, every key the code names present, every key used somewhere. */
class MessagesConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyAreaHasTheSameKeysInJapaneseAndEnglish() throws IOException {
        for (String area : Messages.AREAS) {
            Set<String> japanese = keys(area + ".properties");
            Set<String> english = keys(area + "_en.properties");
            assertThat(english).as("keys of %s_en missing or extra", area).isEqualTo(japanese);
        }
    }

    @Test
    void noKeyIsDefinedInTwoAreas() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String area : Messages.AREAS) {
            for (String key : keys(area + ".properties")) {
                if (!seen.add(key) && !key.startsWith("usage.") && !key.startsWith("mixinStandardHelpOptions")) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        // A literal is taken for a key when it starts the way some bundle key starts ("event.", "seating.").
        Set<String> firstParts = new TreeSet<>();
        messages.keys().stream()
                .filter(key -> !key.startsWith("tsunagu.")) // picocli's qualified help keys
                .forEach(key -> firstParts.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInCode()) {
            boolean looksLikeKey = firstParts.contains(literal.substring(0, literal.indexOf('.') + 1));
            if (looksLikeKey && !messages.has(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String code = allCode();
        Set<String> unused = new TreeSet<>();
        for (String area : Messages.AREAS) {
            for (String key : keys(area + ".properties")) {
                // A key may be built from a prefix in code ("event.role." + code), or be read by picocli.
                String prefix = key.substring(0, key.lastIndexOf('.') + 1);
                boolean used =
                        code.contains('"' + key + '"') || code.contains('"' + prefix + '"') || isPicocliKey(key, code);
                if (!used) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() throws IOException {
        for (String area : Messages.AREAS) {
            if (area.equals("cli")) {
                continue; // picocli texts are not MessageFormat patterns; they avoid apostrophes instead
            }
            for (String file : List.of(area + ".properties", area + "_en.properties")) {
                Properties properties = load(file);
                for (String key : properties.stringPropertyNames()) {
                    String value = properties.getProperty(key).replace("''", "");
                    assertThat(value)
                            .as("%s in %s has a lone apostrophe", key, file)
                            .doesNotContain("'");
                }
            }
        }
    }

    private static boolean isPicocliKey(String key, String code) {
        if (key.contains("usage.")
                || key.startsWith("mixinStandardHelpOptions")
                || key.equals("help")
                || key.equals("version")) {
            return true;
        }
        return code.contains("descriptionKey = \"" + key + "\"");
    }

    private static Set<String> literalsInCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        Matcher matcher = KEY_LITERAL.matcher(allCode());
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        return literals;
    }

    private static String allCode() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file)).append('\n');
            }
        }
        return code.toString();
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/jp/tsunagu/i18n/" + file)) {
            assertThat(in).as("bundle %s", file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
