package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner for each table of people: only the owner's package has SQL on it, everyone else calls
 * the owner's API ({@code Registrants}, {@code Seats}). A capability that adds its own SQL on these
 * tables fails here instead of disagreeing with the owner later.
 */
class StoreOwnersTest {
    private static final Path SOURCES = Path.of("src/main/java/jp/tsunagu");

    // person.attendance, checked_in_at and walk_in are the venue day's to write (issue 9).
    private static final Map<String, List<String>> OWNERS =
            Map.of("person", List.of("registrant", "venue"), "seat", List.of("seating"));

    private static final Pattern SQL_ON_TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(person|seat)\\b(?!_)", Pattern.CASE_INSENSITIVE);

    // A statement that writes person rows, up to where its column list or SET clause ends.
    private static final Pattern WRITES_PERSON = Pattern.compile(
            "\\b(?:UPDATE\\s+person\\s+SET|INSERT\\s+INTO\\s+person\\s*\\()(.{0,400}?)(?:\\bWHERE\\b|\\bVALUES\\b|;|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern VENUE_COLUMNS =
            Pattern.compile("\\b(attendance|checked_in_at|walk_in)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Attendance is written by the venue day only (issue 9); the import hands a file's attendance column to
     * the venue ({@code FileAttendance}, issue 12) instead of writing it, and the registrant's own column list
     * leaves it out.
     */
    @Test
    void onlyTheVenueWritesAttendance() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                Matcher m = WRITES_PERSON.matcher(source);
                while (m.find()) {
                    if (!pkg.equals("venue")
                            && VENUE_COLUMNS.matcher(m.group(1)).find()) {
                        strays.add(SOURCES.relativize(file) + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
        String registrantColumns = Files.readString(SOURCES.resolve("registrant/RegistrantStore.java"));
        Matcher columns =
                Pattern.compile("COLUMNS = (\"[^;]*);", Pattern.DOTALL).matcher(registrantColumns);
        assertThat(columns.find()).isTrue();
        assertThat(VENUE_COLUMNS.matcher(columns.group(1)).find()).isFalse();
    }

    @Test
    void onlyTheOwnerOfATableHasSqlOnIt() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Matcher m = SQL_ON_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (!OWNERS.get(table).contains(pkg)) {
                        strays.add(SOURCES.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
    }
}
