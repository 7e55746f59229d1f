package jp.tsunagu.registrant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.tsunagu.sheet.SheetTable;
import jp.tsunagu.sheet.Spreadsheet;

/**
 * {@code export registrants}: one row per person as the store holds them after cleaning, then one
 * column per extra form question (cli.md), written by the app's one table writer
 * ({@link Spreadsheet}: CSV in UTF-8 with a BOM or .xlsx, formulas defused, whole or not at all).
 */
public final class RegistrantExport {

    public static final List<String> COLUMNS = List.of(
            "name",
            "reading",
            "organisation",
            "title",
            "industry",
            "category",
            "yeg",
            "email",
            "phone",
            "choice1",
            "choice2",
            "choice3",
            "consent",
            "warnings");

    /**
     * The answers the store keeps in fields of their own beyond cli.md's columns; they follow the
     * fixed columns so that no answer the import kept is missing from the export (issue 12).
     */
    public static final List<String> ANSWER_COLUMNS =
            List.of("challenges", "missing_resources", "offers", "sdgs", "registered_at", "notes", "attendance");

    private RegistrantExport() {}

    /** The rows to write, header first, everyone expected; {@code describe} puts a flag into words. */
    public static List<List<String>> rows(List<StoredPerson> people, Function<Flag, String> describe) {
        return rows(people, Map.of(), describe);
    }

    /**
     * The rows to write, header first, with each person's attendance by id (expected, checked_in or
     * absent, as {@code export attendance} writes it; a re-import reads it back); {@code describe}
     * puts a flag into words.
     */
    public static List<List<String>> rows(
            List<StoredPerson> people, Map<Long, Attendance> attendance, Function<Flag, String> describe) {
        Set<String> questions = new LinkedHashSet<>();
        people.forEach(p -> questions.addAll(p.registrant().extras().keySet()));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(ANSWER_COLUMNS);
        header.addAll(questions);
        rows.add(header);
        for (StoredPerson sp : people) {
            Registrant p = sp.registrant();
            List<String> row = new ArrayList<>(List.of(
                    p.name(),
                    p.reading(),
                    p.organisation(),
                    p.title(),
                    p.industry(),
                    p.category(),
                    String.valueOf(p.yeg()),
                    p.email(),
                    p.phone(),
                    number(p.choice1()),
                    number(p.choice2()),
                    number(p.choice3()),
                    String.valueOf(p.consent()),
                    String.join("; ", p.flags().stream().map(describe).toList()),
                    text(p.challenges()),
                    text(p.missingResources()),
                    text(p.offers()),
                    text(p.sdgs()),
                    text(p.registeredAt()),
                    text(p.notes()),
                    attendance.getOrDefault(sp.id(), Attendance.EXPECTED).code()));
            for (String q : questions) {
                row.add(p.extras().getOrDefault(q, ""));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** Writes {@code rows} (header first) as .csv or .xlsx, by the file's extension. */
    public static Spreadsheet.Written write(Path out, List<List<String>> rows) {
        List<String> header = rows.getFirst();
        int[] widths = new int[header.size()];
        int[] known = {16, 16, 24, 14, 16, 12, 6, 28, 16, 8, 8, 8, 8, 30};
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < known.length ? known[c] : 20;
        }
        return Spreadsheet.write(
                out,
                SheetTable.of("registrants", header, rows.subList(1, rows.size()))
                        .widths(widths)
                        .filtered());
    }
}
