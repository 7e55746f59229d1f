package jp.tsunagu.registrant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The crafted-file corpus of issue 14, made by code rather than kept as binaries: each file is a
 * few hundred bytes to a few hundred kilobytes and shows one way a file can be hostile or odd.
 * Used by {@code HostileFilesTest} and by the benchmark that imports them under -Xmx256m.
 */
public final class HostileFiles {
    static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>氏名</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>メールアドレス</t></is></c></row>";

    private HostileFiles() {}

    /** Every file of the corpus by its name. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "row-two-billion.xlsx",
                xlsx(HEADER_ROW + "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\">"
                        + "<is><t>x</t></is></c></row>"));
        files.put(
                "column-past-xfd.xlsx",
                xlsx(HEADER_ROW + "<row r=\"2\"><c r=\"ZZZZZZZZZ2\" t=\"inlineStr\">" + "<is><t>x</t></is></c></row>"));
        files.put(
                "column-xfe.xlsx",
                xlsx(HEADER_ROW + "<row r=\"2\"><c r=\"XFE2\" t=\"inlineStr\">" + "<is><t>x</t></is></c></row>"));
        files.put(
                "row-number-overflow.xlsx",
                xlsx(HEADER_ROW + "<row r=\"99999999999999999999\"><c t=\"inlineStr\">"
                        + "<is><t>x</t></is></c></row>"));
        files.put(
                "last-row-and-column.xlsx",
                xlsx(HEADER_ROW
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>山田 太郎</t></is></c></row>"
                        + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>端</t></is></c></row>"));
        files.put(
                "merge-whole-column.xlsx",
                xlsx(
                        HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>山田 太郎</t></is></c></row>",
                        "<mergeCells count=\"1\"><mergeCell ref=\"B1:B1048576\"/></mergeCells>"));
        files.put("zip-bomb.xlsx", zipBomb());
        files.put(
                "long-cell.xlsx",
                xlsx(HEADER_ROW
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>山田 太郎</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>" + "あ".repeat(32_767) + "</t></is></c></row>"
                        + ("<row><c t=\"inlineStr\"><is><t>長文</t></is></c><c/><c t=\"inlineStr\"><is><t>"
                                        + "a".repeat(32_767) + "</t></is></c></row>")
                                .repeat(6)));
        files.put("strict-ooxml.xlsx", strict());
        files.put("binary.xlsb", xlsb());
        files.put("spreadsheet.ods", ods());
        files.put("excel95.xls", excel95());
        files.put("utf16-no-bom.csv", "氏名,メールアドレス\r\n山田 太郎,taro@example.jp\r\n".getBytes(StandardCharsets.UTF_16LE));
        files.put("utf16be-no-bom.csv", "氏名,メールアドレス\r\n山田 太郎,taro@example.jp\r\n".getBytes(StandardCharsets.UTF_16BE));
        files.put("formulas.csv", formulas());
        return files;
    }

    /** Writes the corpus into {@code folder}; returns the paths in order. */
    public static Map<String, Path> writeAll(Path folder) throws IOException {
        Map<String, Path> paths = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : all().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.write(path, file.getValue());
            paths.put(file.getKey(), path);
        }
        return paths;
    }

    /** Defused input that cleaning must not make live: full-width ＝, a leading tab, =1+1 as phone and email. */
    static byte[] formulas() {
        String csv = "氏名,メールアドレス,電話番号,所属\r\n"
                + "＝１＋１,taro@example.jp,0537-22-1234,\"\t=HYPERLINK(\"\"http://evil.example\"\")\"\r\n"
                + "山田 花子,=1+1@example.jp,=1+1,＠SUM(A1)\r\n"
                + "鈴木 次郎,jiro@example.jp,+81 537-22-1234,－\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String rows) {
        return xlsx(rows, "");
    }

    static byte[] xlsx(String rows, String afterData) {
        return xlsxWithSheet("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData>" + afterData + "</worksheet>");
    }

    private static byte[] xlsxWithSheet(String sheet) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>"));
        entries.put(
                "_rels/.rels",
                utf8(rels(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                        "xl/workbook.xml")));
        entries.put(
                "xl/workbook.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"申込\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        entries.put(
                "xl/_rels/workbook.xml.rels",
                utf8(rels(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                        "worksheets/sheet1.xml")));
        entries.put("xl/worksheets/sheet1.xml", utf8(sheet));
        return zip(entries, false);
    }

    private static String rels(String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    /** A sheet that inflates past 100 MB from some 100 KB: more than any part of a list may. */
    private static byte[] zipBomb() {
        byte[] whole = xlsx(HEADER_ROW + "@@BLANKS@@");
        // Rewrite the sheet entry streaming blanks into it, rather than building a 110 MB string.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in =
                        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(whole));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int at = content.indexOf("@@BLANKS@@");
                if (at < 0) {
                    out.write(utf8(content));
                } else {
                    out.write(utf8(content.substring(0, at)));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 110; i++) {
                        out.write(blanks);
                    }
                    out.write(utf8(content.substring(at + "@@BLANKS@@".length())));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Excel's "Strict Open XML Spreadsheet": the same parts under other namespaces. */
    private static byte[] strict() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "</Types>"));
        entries.put(
                "_rels/.rels",
                utf8(rels(
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", "xl/workbook.xml")));
        entries.put(
                "xl/workbook.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><sheets/></workbook>"));
        return zip(entries, false);
    }

    /** Excel's binary workbook: an OOXML package whose workbook part is {@code xl/workbook.bin}. */
    private static byte[] xlsb() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                        + "</Types>"));
        entries.put(
                "_rels/.rels",
                utf8(rels(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                        "xl/workbook.bin")));
        entries.put("xl/workbook.bin", new byte[] {(byte) 0x83, 0x01, 0x00, (byte) 0x80, 0x01});
        return zip(entries, false);
    }

    /** OpenDocument: a zip whose first entry, stored uncompressed, is its {@code mimetype}. */
    private static byte[] ods() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"));
        entries.put(
                "content.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
        entries.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest/>"));
        return zip(entries, true);
    }

    /** Excel 5.0/95: an OLE2 file whose workbook stream is called "Book" (BIFF5). */
    private static byte[] excel95() {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // BOF record: id 0x0809, length 8, BIFF5 version 0x0500, a workbook globals stream.
            byte[] bof = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00};
            byte[] book = new byte[4096];
            System.arraycopy(bof, 0, book, 0, bof.length);
            fs.createDocument(new java.io.ByteArrayInputStream(book), "Book");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries, boolean storeFirst) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && storeFirst) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
