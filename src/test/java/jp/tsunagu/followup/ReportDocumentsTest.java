package jp.tsunagu.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.printing.PdfReadBack;
import jp.tsunagu.store.Database;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report written as .xlsx and .pdf, read back: content, fonts, charts, and the privacy rule. */
class ReportDocumentsTest {
    /** Names of people who did not agree to be named, and what never appears: emails and phone numbers. */
    private static final List<String> NEVER =
            List.of("佐藤花子", "伊藤三郎", "小林六子", "田中次郎", "山田五郎", "佐藤商店", "@", "example.jp", "090-1234-5678");

    @TempDir
    Path folder;

    @Test
    void theWorkbookHasTheFiguresATableSheetEachTheSeedsAndTheSteps() throws IOException {
        Path out = folder.resolve("report.xlsx");
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            ReportFiguresTest.report(database, two)
                    .write(two.event.event().id(), out, Messages.forLocale(Locale.JAPANESE));
        }

        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).hasSize(10);
            assertThat(sheets.get(0)).isEqualTo("概要");
            assertThat(sheets.get(1)).startsWith("テーブル1");
            assertThat(sheets.subList(8, 10)).containsExactly("つながりの芽", "次の一歩");

            Sheet summary = book.getSheetAt(0);
            assertThat(valueOf(summary, "firstTimePairs")).isEqualTo("6");
            assertThat(valueOf(summary, "attendanceRate")).isEqualTo("0.714");
            assertThat(valueOf(summary, "walkIns")).isEqualTo("1");
            assertThat(text(summary)).contains("掛川マッチング交流会").contains("掛川YEG会員");

            String table1 = text(book.getSheetAt(1));
            assertThat(table1).contains("人手不足", "空き店舗の活用", "製造と小売の共同販売", "見学日を決める", "2026-12-20", "加藤四郎（加藤建設）", "面談済み");
            String seeds = text(book.getSheet("つながりの芽"));
            assertThat(seeds).contains("鈴木一郎（鈴木製作所）、参加者", "参加者、中村七海（中村茶園）", "2026-12-18");

            String everything = text(book);
            for (String never : NEVER) {
                assertThat(everything)
                        .as("the workbook must not contain %s", never)
                        .doesNotContain(never);
            }
        }
    }

    @Test
    void thePdfHasTheFiguresChartsAsVectorsEveryTableAndEmbeddedFonts() throws IOException {
        Path out = folder.resolve("report.pdf");
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            ReportFiguresTest.report(database, two)
                    .write(two.event.event().id(), out, Messages.forLocale(Locale.JAPANESE));
        }
        byte[] bytes = Files.readAllBytes(out);
        PdfReadBack pdf = PdfReadBack.of(stream -> stream.writeBytes(bytes));

        String text = pdf.allText();
        assertThat(text).contains("掛川マッチング交流会 フォローアップ報告", "初めて同席した組", "71.4%（0.714）");
        // The charts' titles, axis labels and legends are PDF text in the bundled font.
        assertThat(text).contains("区分ごとの申込と参加", "テーブルごとの業種の構成", "つながりの芽の状況", "製造業", "面談済み");
        assertThat(text).contains("テーブル1", "製造と小売の共同販売", "鈴木一郎（鈴木製作所）、参加者", "見学日を決める");
        for (String never : NEVER) {
            assertThat(text).as("the PDF must not contain %s", never).doesNotContain(never);
        }
        assertThat(pdf.fontNames())
                .isNotEmpty()
                .allMatch(name -> name.contains("BIZUDPGothic") && !name.contains("not embedded"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDPage first = document.getPage(0);
            // Bars, axes and grid lines are drawn as paths (no picture of a chart).
            assertThat(pathOperators(first)).isGreaterThan(100);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().isImageXObject(name))
                            .as("images in the report")
                            .isFalse();
                }
            }
        }
    }

    @Test
    void inEnglishTheReportSpeaksEnglish() throws IOException {
        Path out = folder.resolve("report.pdf");
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            ReportFiguresTest.report(database, two)
                    .write(two.event.event().id(), out, Messages.forLocale(Locale.ENGLISH));
        }
        byte[] bytes = Files.readAllBytes(out);
        String text = PdfReadBack.of(stream -> stream.writeBytes(bytes)).allText();
        assertThat(text).contains("follow-up report", "Seeds of connection by status", "Participant");
        assertThat(text).doesNotContain("佐藤花子");
    }

    @Test
    void theReportSpeaksTheEventsDocumentLanguageWhateverTheMachinesAndCutsNoLabel() throws IOException {
        Path japanese = folder.resolve("ja.pdf");
        Path english = folder.resolve("en.pdf");
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            long id = two.event.event().id();
            new FollowUpReport(database, two.events, two.seating, two.outcomes, event -> Locale.JAPANESE)
                    .write(id, japanese, () -> false);
            new FollowUpReport(database, two.events, two.seating, two.outcomes, event -> Locale.ENGLISH)
                    .write(id, english, () -> false);
        }
        byte[] jaBytes = Files.readAllBytes(japanese);
        byte[] enBytes = Files.readAllBytes(english);
        String ja = PdfReadBack.of(stream -> stream.writeBytes(jaBytes)).allText();
        String en = PdfReadBack.of(stream -> stream.writeBytes(enBytes)).allText();

        assertThat(ja).contains("フォローアップ報告").doesNotContain("follow-up report");
        assertThat(en).contains("follow-up report", "Working");
        // Chart axes wrap long category names rather than cutting them to "…".
        assertThat(ja).doesNotContain("…");
        assertThat(en).doesNotContain("…");
    }

    @Test
    void aRemovedTablesOutcomesAreListedApartUnderItsLabelNeverUnderTheTableWithItsNumber() throws IOException {
        Path xlsx = folder.resolve("report.xlsx");
        Path pdf = folder.resolve("report.pdf");
        Path english = folder.resolve("report-en.pdf");
        try (Database database = Database.open(folder.resolve("store.db"))) {
            TwoEvents two = new TwoEvents(database);
            long id = two.event.event().id();
            // Table 1 goes; table 2 becomes table 1. What table 1 found stays, as the removed table's.
            two.events.removeTable(id, 1, true);
            FollowUpReport report = ReportFiguresTest.report(database, two);
            report.write(id, xlsx, Messages.forLocale(Locale.JAPANESE));
            report.write(id, pdf, Messages.forLocale(Locale.JAPANESE));
            report.write(id, english, Messages.forLocale(Locale.ENGLISH));
        }

        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet removed = book.getSheet("テーブル1（削除）");
            assertThat(removed).as("a sheet for the removed table").isNotNull();
            assertThat(text(removed)).contains("いま同じ番号のテーブルとは別", "人手不足", "製造と小売の共同販売", "工場見学", "見学日を決める");
            String tableOneNow = text(book.getSheetAt(1));
            assertThat(book.getSheetAt(1).getSheetName()).startsWith("テーブル1 ");
            assertThat(tableOneNow).contains("茶畑の体験会").doesNotContain("人手不足", "製造と小売の共同販売", "見学日を決める");

            assertThat(firstCellOf(book.getSheet("つながりの芽"), "製造と小売の共同販売")).isEqualTo("1（削除）");
            assertThat(firstCellOf(book.getSheet("つながりの芽"), "茶畑の体験会")).isEqualTo("1");
            assertThat(firstCellOf(book.getSheet("次の一歩"), "見学日を決める")).isEqualTo("1（削除）");
            // The figures by table: the removed table has its own line, so the lines add up to the totals.
            assertThat(rowOf(book.getSheetAt(0), "1（削除）"))
                    .startsWith("テーブル1（削除）\t1（削除）\t")
                    .endsWith("\t2\t2\t1\t");
        }

        byte[] bytes = Files.readAllBytes(pdf);
        String text = PdfReadBack.of(stream -> stream.writeBytes(bytes)).allText();
        int removedAt = text.indexOf("テーブル1（削除）");
        assertThat(removedAt).isPositive();
        assertThat(text.substring(0, removedAt))
                .contains("茶畑の体験会")
                .doesNotContain("人手不足", "製造と小売の共同販売", "工場見学", "見学日を決める");
        assertThat(text.substring(removedAt))
                .contains("いま同じ番号のテーブルとは別", "人手不足", "製造と小売の共同販売", "見学日を決める")
                .doesNotContain("茶畑の体験会");

        byte[] enBytes = Files.readAllBytes(english);
        String en = PdfReadBack.of(stream -> stream.writeBytes(enBytes)).allText();
        assertThat(en).contains("Table 1 (removed)", "not the table that has this number now");
    }

    private static String firstCellOf(Sheet sheet, String containing) {
        String row = rowOf(sheet, containing);
        return row.substring(0, row.indexOf('\t'));
    }

    private static String rowOf(Sheet sheet, String containing) {
        return text(sheet)
                .lines()
                .filter(l -> l.contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + containing + " in " + sheet.getSheetName()));
    }

    private static int pathOperators(PDPage page) throws IOException {
        int paths = 0;
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op
                    && List.of("m", "l", "c", "re", "f", "S", "B").contains(op.getName())) {
                paths++;
            }
        }
        return paths;
    }

    private static String valueOf(Sheet sheet, String key) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            Cell keyCell = row.getCell(1);
            if (keyCell != null && key.equals(format.formatCellValue(keyCell))) {
                return format.formatCellValue(row.getCell(2));
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private static String text(XSSFWorkbook book) {
        StringBuilder all = new StringBuilder();
        book.forEach(sheet -> all.append(sheet.getSheetName()).append('\n').append(text(sheet)));
        return all.toString();
    }

    private static String text(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(format.formatCellValue(cell)).append('\t');
            }
            all.append('\n');
        }
        return all.toString();
    }
}
