package jp.tsunagu.registrant;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real spreadsheet files made in the tests, cell by cell. */
final class TestWorkbooks {

    static final List<ThemeRef> KAKEGAWA = List.of(
            new ThemeRef(1, "空き家・跡地の新しい活用"),
            new ThemeRef(2, "農産物・お茶の未来のかたち"),
            new ThemeRef(3, "脱炭素・循環型社会をめざして"),
            new ThemeRef(4, "食と循環の未来づくり"),
            new ThemeRef(5, "子育て、教育からひろがる地域の未来"),
            new ThemeRef(6, "医療・福祉の連携と支え合い"),
            new ThemeRef(7, "デジタル・メタバースで広がる地域交流"));

    private TestWorkbooks() {}

    static byte[] xlsx(List<List<Object>> rows) {
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("フォームの回答 1"), rows);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xls(List<List<Object>> rows) {
        try (Workbook wb = new HSSFWorkbook()) {
            fill(wb.createSheet("名簿"), rows);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withBom(byte[] utf8) {
        byte[] out = new byte[utf8.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    /** An .xlsx encrypted with a password, as Excel's "Encrypt with password" writes it. */
    static byte[] passwordProtected(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("himitsu");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
