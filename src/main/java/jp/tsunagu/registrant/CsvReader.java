package jp.tsunagu.registrant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.i18n.UserError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV and tab-separated text in whichever encoding Japanese tools write: UTF-8 with or without
 * a BOM (Google Forms, most web services), Shift_JIS/CP932 (Excel's "CSV" on Japanese Windows) or
 * UTF-16 (Excel's "Unicode text").
 */
final class CsvReader {

    static final Charset CP932 = Charset.forName("windows-31j");

    record Decoded(String text, String encoding) {}

    Decoded decode(String name, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, name), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            String text = tryDecode(bytes, utf16);
            if (text != null && isPlainText(text)) {
                return new Decoded(text, "UTF-16");
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UserError("registrant.file.notSpreadsheet", name);
            }
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String sjis = tryDecode(bytes, CP932);
        if (sjis != null) {
            return new Decoded(sjis, "Shift_JIS");
        }
        throw new UserError("registrant.file.encoding", name);
    }

    RawSheet read(String sheetName, String text, String fileName) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        List<RawRow> rows = new ArrayList<>();
        long record = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                record = r.getRecordNumber();
                rows.add(new RawRow((int) record, r.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserError("registrant.file.csvBroken", fileName, record + 1);
        }
        if (rows.stream().allMatch(RawRow::blank)) {
            throw new UserError("registrant.file.empty", fileName);
        }
        return new RawSheet(sheetName, rows);
    }

    /** Tab when the start of the file has more tabs than commas (Excel's "text" exports). */
    static char delimiter(String text) {
        String start = text.substring(0, Math.min(text.length(), 4096));
        long tabs = start.chars().filter(c -> c == '\t').count();
        long commas = start.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) {
        String s = tryDecode(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), cs);
        if (s == null) {
            throw new UserError("registrant.file.encoding", name);
        }
        return s;
    }

    private static String tryDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-16 saved without a BOM: ASCII characters (commas, line breaks, digits, email addresses)
     * leave a zero byte on one side of every pair, little-endian on the odd side.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = bytes.length / 2;
        if (oddZeros > pairs / 10 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 10 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    // Decoded text of a real table has no control characters other than tabs and line breaks.
    private static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
