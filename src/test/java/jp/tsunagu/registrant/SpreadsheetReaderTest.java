package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.tsunagu.i18n.UserError;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private final SpreadsheetReader reader = new SpreadsheetReader();

    private static final String CSV_TEXT = "氏名,フリガナ,会社名,メールアドレス,備考\r\n"
            + "山田 太郎,ヤマダ タロウ,\"株式会社やまだ, 掛川支店\",taro@example.com,\"1行目\n2行目\"\r\n"
            + "鈴木 花子,スズキ ハナコ,（株）すずき,hanako@example.jp,\r\n";

    private static List<String> row(LoadedFile f, int i) {
        return f.sheets().getFirst().rows().get(i).cells();
    }

    @Test
    void readsUtf8CsvWithQuotedCommasAndLineBreaks() {
        LoadedFile f = reader.read("申込.csv", TestWorkbooks.csv(CSV_TEXT, StandardCharsets.UTF_8));
        assertThat(f.kind()).isEqualTo(FileKind.CSV);
        assertThat(f.encoding()).contains("UTF-8");
        assertThat(row(f, 1)).containsExactly("山田 太郎", "ヤマダ タロウ", "株式会社やまだ, 掛川支店", "taro@example.com", "1行目\n2行目");
        assertThat(f.sheets().getFirst().rows().get(2).number()).isEqualTo(3);
    }

    @Test
    void readsUtf8CsvWithBom() {
        LoadedFile f = reader.read("申込.csv", TestWorkbooks.withBom(CSV_TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.encoding()).contains("UTF-8 (BOM)");
        assertThat(row(f, 0).getFirst()).isEqualTo("氏名");
    }

    @Test
    void detectsShiftJisCsv() {
        LoadedFile f = reader.read("申込.csv", TestWorkbooks.csv(CSV_TEXT, CP932));
        assertThat(f.encoding()).contains("Shift_JIS");
        assertThat(row(f, 2)).startsWith("鈴木 花子", "スズキ ハナコ", "（株）すずき");
    }

    @Test
    void readsTabSeparatedText() {
        String tsv = "氏名\tメールアドレス\n山田 太郎\ttaro@example.com\n";
        LoadedFile f = reader.read("申込.txt", tsv.getBytes(StandardCharsets.UTF_8));
        assertThat(row(f, 1)).containsExactly("山田 太郎", "taro@example.com");
    }

    @Test
    void readsUtf16TextAsExcelSavesUnicodeText() {
        String tsv = "\uFEFF氏名\tメール\n髙橋 一郎\tichiro@example.com\n";
        LoadedFile f = reader.read("申込.txt", tsv.getBytes(StandardCharsets.UTF_16LE));
        assertThat(f.encoding()).contains("UTF-16");
        assertThat(row(f, 1)).containsExactly("髙橋 一郎", "ichiro@example.com");
    }

    @Test
    void readsXlsxCellsAsExcelShowsThem() throws Exception {
        byte[] bytes;
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("回答");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("タイムスタンプ");
            h.createCell(1).setCellValue("氏名");
            h.createCell(2).setCellValue("電話番号");
            h.createCell(3).setCellValue("参加費");
            Row r = s.createRow(1);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm:ss"));
            r.createCell(0).setCellValue(java.time.LocalDateTime.of(2026, 10, 1, 9, 5, 7));
            r.getCell(0).setCellStyle(dateStyle);
            r.createCell(1).setCellFormula("\"山田\"&\" \"&\"太郎\"");
            r.createCell(2).setCellValue(9012345678d);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0"));
            r.createCell(3).setCellValue(1500);
            r.getCell(3).setCellStyle(money);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            bytes = TestWorkbooks.bytes(wb);
        }
        LoadedFile f = reader.read("回答.xlsx", bytes);
        assertThat(f.kind()).isEqualTo(FileKind.XLSX);
        assertThat(row(f, 1)).containsExactly("2026/10/01 09:05:07", "山田 太郎", "9012345678", "1,500");
    }

    @Test
    void readsLegacyXlsAndFillsCellsMergedDownwards() throws Exception {
        byte[] bytes;
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("名簿");
            TestWorkbooks.fill(
                    s,
                    List.of(List.of("交流会 参加者名簿"), List.of("氏名", "会社名"), List.of("山田 太郎", "やまだ商店"), List.of("山田 花子")));
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            bytes = TestWorkbooks.bytes(wb);
        }
        LoadedFile f = reader.read("名簿.xls", bytes);
        assertThat(f.kind()).isEqualTo(FileKind.XLS);
        assertThat(row(f, 0)).containsExactly("交流会 参加者名簿");
        assertThat(row(f, 3)).containsExactly("山田 花子", "やまだ商店");
    }

    @Test
    void readsAFileByWhatItIsNotByItsName() {
        LoadedFile csvAsXlsx = reader.read("申込.xlsx", CSV_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(csvAsXlsx.kind()).isEqualTo(FileKind.CSV);
        assertThat(csvAsXlsx.readAsOtherKind()).isTrue();

        LoadedFile xlsxAsCsv = reader.read("申込.csv", TestWorkbooks.xlsx(List.of(List.of("氏名"), List.of("山田"))));
        assertThat(xlsxAsCsv.kind()).isEqualTo(FileKind.XLSX);
        assertThat(xlsxAsCsv.readAsOtherKind()).isTrue();
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("申込.xlsx"), new byte[0]);
        assertRefused(() -> reader.read(empty), "registrant.file.empty");
        assertRefused(() -> reader.read("申込.csv", TestWorkbooks.withBom(new byte[0])), "registrant.file.empty");
        assertRefused(
                () -> reader.read("申込.csv", "\r\n,,\r\n".getBytes(StandardCharsets.UTF_8)), "registrant.file.empty");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        assertRefused(() -> reader.read(dir.resolve("ない.xlsx")), "registrant.file.notFound");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] whole = TestWorkbooks.xlsx(List.of(List.of("氏名", "メール"), List.of("山田", "a@example.com")));
        assertRefused(() -> reader.read("申込.xlsx", Arrays.copyOf(whole, whole.length / 2)), "registrant.file.corrupt");
        byte[] xls = TestWorkbooks.xls(List.of(List.of("氏名"), List.of("山田")));
        assertRefused(() -> reader.read("申込.xls", Arrays.copyOf(xls, 600)), "registrant.file.corrupt");
    }

    @Test
    void refusesBinaryNoiseNamedAsAWorkbook() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 1;
        noise[10] = 0;
        assertRefused(() -> reader.read("申込.xlsx", noise), "registrant.file.corrupt");
        assertRefused(() -> reader.read("申込.csv", noise), "registrant.file.notSpreadsheet");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = TestWorkbooks.xlsx(List.of(List.of("氏名"), List.of("山田")));
        assertRefused(() -> reader.read("申込.xlsx", TestWorkbooks.passwordProtected(plain)), "registrant.file.password");
    }

    @Test
    void refusesAPasswordProtectedXls() throws Exception {
        byte[] bytes;
        Biff8EncryptionKey.setCurrentUserPassword("himitsu");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            TestWorkbooks.fill(wb.createSheet("名簿"), List.of(List.of("氏名"), List.of("山田")));
            bytes = TestWorkbooks.bytes(wb);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(() -> reader.read("名簿.xls", bytes), "registrant.file.password");
    }

    @Test
    void refusesContentThatIsNoSpreadsheet() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> reader.read("申込.xlsx", pdf), "registrant.file.notSpreadsheet");
        byte[] html = "<html><body><table><tr><td>氏名</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> reader.read("申込.xls", html), "registrant.file.webPage");
    }

    @Test
    void refusesACsvWithAnUnclosedQuote() {
        byte[] broken = "氏名,備考\n山田,\"閉じていない\n鈴木,x\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> reader.read("申込.csv", broken), "registrant.file.csvBroken");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        // Past the 100 MB a part may inflate to (decision 0030); the ratio alone is no longer the test.
        byte[] bomb = inflateSheet(TestWorkbooks.xlsx(List.of(List.of("氏名"), List.of("山田"))), 110_000_000);
        assertThat(bomb.length).isLessThan(1_000_000);
        assertRefused(() -> reader.read("申込.xlsx", bomb), "registrant.file.zipBomb");
    }

    /** The same workbook with its sheet padded by whitespace that compresses a thousandfold. */
    static byte[] inflateSheet(byte[] xlsx, int padding) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1_000_000];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < padding / spaces.length; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key())
                .isEqualTo(key));
    }
}
